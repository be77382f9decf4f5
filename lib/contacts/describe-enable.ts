// What the Enable dialog offers for a disabled contact: the organization-wide roles it
// had when it was disabled (ticked), and the orders it handed over on Disable & Reassign,
// with who holds their roles now (they stay there).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { contactIdSchema } from "./schemas";

export type EnableOffer = {
  roles: ContactRoleType[];
  /** Orders reassigned when it was disabled, with their current licensee and billing contacts. */
  reassignedOrders: { number: string; licensee: string; billing: string }[];
};

export const describeEnable = defineOrgAction({
  capability: "contacts.manage",
  schema: contactIdSchema,
  write: false,
  async run({ access, input }): Promise<EnableOffer> {
    const organizationId = access.organization.id;
    const contact = await db.contact.findFirst({
      where: { id: input.contactId, organizationId },
      select: { status: true, disabledRoles: true, reassignedOrderIds: true },
    });
    if (!contact) throw new AppError("NOT_FOUND", "contacts.errors.notFound");
    if (contact.status !== "DISABLED") throw new AppError("NOT_DISABLED", "contacts.errors.notDisabled");
    const orders = contact.reassignedOrderIds.length
      ? await db.order.findMany({
          where: { organizationId, id: { in: contact.reassignedOrderIds } },
          select: { number: true, licensee: { select: { name: true } }, billing: { select: { name: true } } },
          orderBy: { placedAt: "desc" },
        })
      : [];
    return {
      roles: CONTACT_ROLES.filter((role) => contact.disabledRoles.includes(role)),
      reassignedOrders: orders.map((order) => ({ number: order.number, licensee: order.licensee.name, billing: order.billing.name })),
    };
  },
});
