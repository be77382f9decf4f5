// "Disable" (SPEC §4): for a contact holding no order role. It gets no more email
// and no access; its organization role (a separate membership) is untouched. Its
// contact roles are switched off, kept on the contact for Enable to offer again, and
// recorded in the audit event.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { cancelPendingContactEmails } from "@/lib/mail/cancel-pending-emails";
import { lockContactOrThrow } from "./order-roles";
import { contactIdSchema } from "./schemas";

export const disableContact = defineOrgAction({
  capability: "contacts.manage",
  schema: contactIdSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const contact = await lockContactOrThrow(tx, organizationId, input.contactId);
      if (contact.status === "DISABLED") throw new AppError("ALREADY_DISABLED", "contacts.errors.alreadyDisabled");
      const orders = await tx.order.count({
        where: { organizationId, OR: [{ licenseeContactId: contact.id }, { billingContactId: contact.id }] },
      });
      if (orders > 0) throw new AppError("HAS_ORDERS", "contacts.errors.hasOrders");
      const roles = await tx.contactRole.findMany({ where: { contactId: contact.id, organizationId }, select: { role: true } });
      await tx.contactRole.deleteMany({ where: { contactId: contact.id, organizationId } });
      await tx.contact.update({
        where: { id: contact.id },
        data: { status: "DISABLED", disabledAt: new Date(), disabledRoles: roles.map((r) => r.role), reassignedOrderIds: [] },
      });
      const cancelledEmails = await cancelPendingContactEmails(tx, organizationId, contact.email);
      await audit(tx, actor, {
        organizationId,
        action: "contact.disabled",
        targetType: "Contact",
        targetId: contact.id,
        metadata: { previousStatus: contact.status, rolesSwitchedOff: roles.map((r) => r.role), cancelledEmails },
      });
      return { id: contact.id, name: contact.name };
    });
  },
});
