// "Enable": a disabled contact becomes active again; its former roles stay off until re-checked.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockContactOrThrow } from "./order-roles";
import { contactIdSchema } from "./schemas";

export const enableContact = defineOrgAction({
  capability: "contacts.manage",
  schema: contactIdSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const contact = await lockContactOrThrow(tx, organizationId, input.contactId);
      if (contact.status !== "DISABLED") throw new AppError("NOT_DISABLED", "contacts.errors.notDisabled");
      await tx.contact.update({ where: { id: contact.id }, data: { status: "ACTIVE", disabledAt: null } });
      await recordAuditEvent(tx, { organizationId, actorUserId: actor.userId, action: "contact.enabled", targetType: "Contact", targetId: contact.id, ip: actor.ip, userAgent: actor.userAgent });
      return { id: contact.id, name: contact.name };
    });
  },
});
