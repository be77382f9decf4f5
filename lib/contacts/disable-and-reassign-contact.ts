// "Disable & Reassign" (SPEC §4): the replacement (an existing active contact, or a
// new person added automatically with no organization-wide role) takes the order
// roles and is told by email; the contact is disabled and keeps its history. One
// transaction: order roles, status, audit events and the email all commit together.
import { db, type Tx } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit, type AuditedChange } from "@/lib/audit/audit";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import type { OrgAccess } from "@/lib/auth/access";
import { addOrFindContact } from "./add-or-find-contact";
import { cancelPendingContactEmails } from "@/lib/mail/cancel-pending-emails";
import { lockContact, lockContactOrThrow, ordersOfContact } from "./order-roles";
import { disableAndReassignSchema, type DisableAndReassignInput } from "./schemas";

async function resolveReplacement(
  tx: Tx,
  access: OrgAccess,
  contact: { id: string; email: string },
  input: DisableAndReassignInput,
  actorUserId: string,
) {
  const organizationId = access.organization.id;
  if (input.replacementEmail === contact.email)
    throw new AppError("INVALID", "contacts.errors.replacementSame", { field: "replacementEmail" });
  const existing = await tx.contact.findUnique({
    where: { organizationId_email: { organizationId, email: input.replacementEmail } },
    select: { id: true, name: true, email: true, status: true, language: true },
  });
  if (input.replacement === "existing") {
    if (!existing) throw new AppError("INVALID", "contacts.errors.replacementNotFound", { field: "replacementEmail" });
    return { ...(await lockActiveReplacement(tx, organizationId, existing.id)), created: false };
  }
  if (existing) throw new AppError("INVALID", "contacts.errors.replacementExists", { field: "replacementEmail" });
  const added = await addOrFindContact(tx, {
    organizationId,
    email: input.replacementEmail,
    name: input.replacementName,
    language: input.replacementLanguage,
    source: "REASSIGNMENT",
    actor: { userId: actorUserId },
  });
  // Someone may have added (or disabled) that person a moment ago: hold the row and check it again.
  return { ...(await lockActiveReplacement(tx, organizationId, added.contact.id)), created: added.created };
}

/** Holds the replacement row until commit, so it cannot be disabled while it takes the orders. */
async function lockActiveReplacement(tx: Tx, organizationId: string, contactId: string) {
  const locked = await lockContact(tx, organizationId, contactId);
  if (!locked || locked.status === "INVITED")
    throw new AppError("INVALID", "contacts.errors.replacementNotFound", { field: "replacementEmail" });
  if (locked.status === "DISABLED") throw new AppError("INVALID", "contacts.errors.replacementDisabled", { field: "replacementEmail" });
  return locked;
}

export const disableAndReassignContact = defineOrgAction({
  capability: "contacts.manage",
  schema: disableAndReassignSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    const result = await db.$transaction(async (tx) => {
      const contact = await lockContactOrThrow(tx, organizationId, input.contactId);
      if (contact.status === "DISABLED") throw new AppError("ALREADY_DISABLED", "contacts.errors.alreadyDisabled");
      const orders = await ordersOfContact(tx, organizationId, contact.id);
      if (!orders.length) throw new AppError("NO_ORDERS", "contacts.errors.noOrders");
      const current = new Set(orders.map((order) => order.id));
      const shown = new Set(input.orderIds);
      if (shown.size !== current.size || [...shown].some((id) => !current.has(id))) {
        throw new AppError("ORDERS_CHANGED", "contacts.errors.ordersChanged", { field: "orderIds" });
      }
      const replacement = await resolveReplacement(tx, access, contact, input, actor.userId);

      // Exactly the orders checked above (the contact row lock keeps new ones from naming it meanwhile).
      const ids = [...current];
      await tx.order.updateMany({
        where: { organizationId, id: { in: ids }, licenseeContactId: contact.id },
        data: { licenseeContactId: replacement.id },
      });
      await tx.order.updateMany({
        where: { organizationId, id: { in: ids }, billingContactId: contact.id },
        data: { billingContactId: replacement.id },
      });
      const roles = await tx.contactRole.findMany({ where: { contactId: contact.id, organizationId }, select: { role: true } });
      await tx.contactRole.deleteMany({ where: { contactId: contact.id, organizationId } });
      // Kept for Enable: the roles it offers again, and the orders it says stay with their new holder.
      await tx.contact.update({
        where: { id: contact.id },
        data: { status: "DISABLED", disabledAt: new Date(), disabledRoles: roles.map((r) => r.role), reassignedOrderIds: ids },
      });
      const cancelledEmails = await cancelPendingContactEmails(tx, organizationId, contact.email);

      await audit(tx, actor, [
        {
          organizationId,
          action: "contact.disabled",
          targetType: "Contact",
          targetId: contact.id,
          metadata: {
            previousStatus: contact.status,
            rolesSwitchedOff: roles.map((r) => r.role),
            reassignedTo: replacement.id,
            orders: orders.map((o) => o.number),
            cancelledEmails,
          },
        },
        ...orders.map(
          (order): AuditedChange => ({
            organizationId,
            action: "order.contact_reassigned",
            targetType: "Order",
            targetId: order.id,
            metadata: { number: order.number, from: contact.id, to: replacement.id, licensee: order.licensee, billing: order.billing },
          }),
        ),
      ]);
      await notify(tx, {
        kind: "orders_reassigned",
        organizationId,
        contactId: replacement.id,
        previousContactName: contact.name,
        orderIds: ids,
      });
      return {
        id: contact.id,
        name: contact.name,
        orders: orders.length,
        replacement: { id: replacement.id, name: replacement.name, email: replacement.email, created: replacement.created },
      };
    });
    kickMailWorker();
    return result;
  },
});
