// "Enable": a disabled contact becomes active again with exactly the organization-wide
// roles the admin ticks in the dialog, which offers those it had when it was disabled
// (Contact.disabledRoles); any other role row is removed, not merged. Order roles handed
// over by Disable & Reassign stay with their new holder.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { lockContactOrThrow } from "./order-roles";
import { replaceContactRoles } from "./roles";
import { enableContactSchema } from "./schemas";

export const enableContact = defineOrgAction({
  capability: "contacts.manage",
  schema: enableContactSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const contact = await lockContactOrThrow(tx, organizationId, input.contactId);
      if (contact.status !== "DISABLED") throw new AppError("NOT_DISABLED", "contacts.errors.notDisabled");
      const { disabledRoles } = await tx.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { disabledRoles: true } });
      await tx.contact.update({
        where: { id: contact.id },
        data: { status: "ACTIVE", disabledAt: null, disabledRoles: [], reassignedOrderIds: [] },
      });
      const { removed } = await replaceContactRoles(tx, organizationId, contact.id, input.roles);
      await audit(tx, actor, {
        organizationId,
        action: "contact.enabled",
        targetType: "Contact",
        targetId: contact.id,
        metadata: { roles: input.roles, rolesWhenDisabled: disabledRoles, ...(removed.length ? { rolesRemoved: removed } : {}) },
      });
      return { id: contact.id, name: contact.name, roles: input.roles };
    });
  },
});
