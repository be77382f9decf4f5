// "Enable": a disabled contact becomes active again with the organization-wide roles the
// admin ticks in the dialog, which offers those it had when it was disabled (Contact.
// disabledRoles). Order roles handed over by Disable & Reassign stay with their new holder.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockContactOrThrow } from "./order-roles";
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
      await tx.contact.update({ where: { id: contact.id }, data: { status: "ACTIVE", disabledAt: null, disabledRoles: [], reassignedOrderIds: [] } });
      if (input.roles.length) {
        await tx.contactRole.createMany({ data: input.roles.map((role) => ({ organizationId, contactId: contact.id, role })), skipDuplicates: true });
      }
      await recordAuditEvent(tx, {
        organizationId, actorUserId: actor.userId, action: "contact.enabled", targetType: "Contact", targetId: contact.id,
        metadata: { roles: input.roles, rolesWhenDisabled: disabledRoles }, ip: actor.ip, userAgent: actor.userAgent,
      });
      return { id: contact.id, name: contact.name, roles: input.roles };
    });
  },
});
