// Read-only lookups the Disable/Reassign dialog makes while it is open.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { ordersOfContact } from "./order-roles";
import { idField, searchField } from "@/lib/validation/fields";
import { contactIdSchema } from "./schemas";
import { foldForSearch } from "./search-text";

export const listContactOrders = defineOrgAction({
  capability: "contacts.manage",
  schema: contactIdSchema,
  write: false,
  async run({ access, input }) {
    const contact = await db.contact.findFirst({
      where: { id: input.contactId, organizationId: access.organization.id },
      select: { id: true },
    });
    if (!contact) throw new AppError("NOT_FOUND", "contacts.errors.notFound");
    return (await ordersOfContact(db, access.organization.id, contact.id)).map(({ id, number, licensee, billing }) => ({
      id,
      number,
      licensee,
      billing,
    }));
  },
});

/** Active contacts whose name or email contains the text, for the replacement suggestions. */
export const suggestReplacementContacts = defineOrgAction({
  capability: "contacts.manage",
  schema: z.object({ q: searchField, excludeId: idField.optional() }),
  write: false,
  async run({ access, input }) {
    const term = foldForSearch(input.q);
    if (term.length < 2) return [];
    return db.contact.findMany({
      where: {
        organizationId: access.organization.id,
        status: "ACTIVE",
        searchText: { contains: term },
        ...(input.excludeId ? { id: { not: input.excludeId } } : {}),
      },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
      take: 10,
    });
  },
});
