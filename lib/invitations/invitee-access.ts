// The invitee's standing in the organization, for the accept action's result and the
// invitation page: can they open the organization (the guard's own rule), and is their
// contact disabled.
import type { Tx } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import { normalizeEmail } from "@/lib/contacts/search-text";

/** Whether the user can open the organization, by the guard's own loader and rule. */
export async function inviteeHasAccess(client: Pick<Tx, "$queryRaw">, userId: string, organizationId: string): Promise<boolean> {
  return (await loadOrgAccess(client, userId, { id: organizationId })) !== null;
}

/**
 * Whether the organization's contact with this email was DISABLED by an administrator: such
 * a person cannot accept a contact invitation (it would re-enable them).
 */
export async function inviteeContactDisabled(client: Pick<Tx, "contact">, email: string, organizationId: string): Promise<boolean> {
  const contact = await client.contact.findUnique({
    where: { organizationId_email: { organizationId, email: normalizeEmail(email) } },
    select: { status: true },
  });
  return contact?.status === "DISABLED";
}
