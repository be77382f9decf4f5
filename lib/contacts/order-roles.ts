import type { Db, Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

/** The orders for which a contact is the LICENSEE or BILLING contact. */
export async function ordersOfContact(db: Db | Tx, organizationId: string, contactId: string) {
  const orders = await db.order.findMany({
    where: { organizationId, OR: [{ licenseeContactId: contactId }, { billingContactId: contactId }] },
    select: { id: true, number: true, licenseeContactId: true, billingContactId: true, placedAt: true },
    orderBy: { placedAt: "desc" },
  });
  return orders.map((order) => ({
    id: order.id,
    number: order.number,
    placedAt: order.placedAt,
    licensee: order.licenseeContactId === contactId,
    billing: order.billingContactId === contactId,
  }));
}

/** Locks the contact row for the rest of the transaction, so concurrent disables serialize. */
export async function lockContact(tx: Tx, organizationId: string, contactId: string) {
  const rows = await tx.$queryRaw<
    { id: string; name: string; email: string; status: "ACTIVE" | "INVITED" | "DISABLED"; language: "en" | "fr"; phone: string | null }[]
  >`
    SELECT id, name, email, status, language, phone FROM "Contact" WHERE id = ${contactId} AND "organizationId" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** lockContact, for use cases that cannot go on without the contact. */
export async function lockContactOrThrow(tx: Tx, organizationId: string, contactId: string) {
  const contact = await lockContact(tx, organizationId, contactId);
  if (!contact) throw new AppError("NOT_FOUND", "contacts.errors.notFound");
  return contact;
}
