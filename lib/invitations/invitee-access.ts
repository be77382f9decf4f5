// What the invitee's standing in the organization is, for the accept action's result and
// the invitation page: can they open the organization, and is their contact disabled.
import type { Tx } from "@/lib/db/prisma";
import { contactGrantsAccess } from "@/lib/auth/capabilities";
import { normalizeEmail } from "@/lib/contacts/search-text";

type Client = Pick<Tx, "membership" | "contact">;

/**
 * Whether the user can open the organization: an ACTIVE membership, or an ACTIVE contact
 * record whose roles give access (SPEC §2). The same rule as the guard (loadOrgAccess).
 */
export async function inviteeHasAccess(client: Client, userId: string, organizationId: string): Promise<boolean> {
  const membership = await client.membership.findFirst({ where: { organizationId, userId, status: "ACTIVE" }, select: { id: true } });
  if (membership) return true;
  const contacts = await client.contact.findMany({
    where: { organizationId, userId, status: "ACTIVE" },
    select: { roles: { select: { role: true } }, _count: { select: { ordersLicensee: true, ordersBilling: true } } },
  });
  return contacts.some((contact) => contactGrantsAccess(contact.roles.map((r) => r.role), contact._count.ordersLicensee + contact._count.ordersBilling > 0));
}

/**
 * Whether the organization's contact with this email was DISABLED by an administrator: such
 * a person cannot accept a contact invitation (it would re-enable them).
 */
export async function inviteeContactDisabled(client: Pick<Tx, "contact">, email: string, organizationId: string): Promise<boolean> {
  const contact = await client.contact.findUnique({ where: { organizationId_email: { organizationId, email: normalizeEmail(email) } }, select: { status: true } });
  return contact?.status === "DISABLED";
}
