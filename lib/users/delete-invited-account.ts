// Add user creates the account of an address that has none (User.createdByInvitation). When
// that pending invitation goes (Revoke, or Delete of the pending user), an account left with
// nothing would sign in to nothing: it is deleted in the same transaction, audited. It stays
// when it existed before the invitation or holds anything else: a sign-in (emailVerified,
// lastSignInAt, a session or a linked provider account), a membership, or a contact record.
// One contact does not count: the one this organization added, with no role and no order,
// because the invitation was for an ORG_ADMIN (SPEC §4 "Contacts added automatically"); it
// stays on the list, and the database links it again if the person ever gets an account.
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";

type Departure = {
  organizationId: string;
  userId: string;
  /** The pending membership that just went (deleted earlier in the transaction). */
  membershipId: string;
  reason: "invitation.revoked" | "user.removed";
  actor: Actor;
};

/** Deletes the account when its invitation made it and nothing holds it any more; says whether it did. */
export async function deleteInvitedAccountIfUnused(tx: Tx, departure: Departure): Promise<boolean> {
  const { organizationId, userId } = departure;
  // Locked first, then read in a statement of its own: a sign-in, membership or contact that
  // took this account meanwhile has committed by then (or waits for this transaction), and is seen.
  const [account] = await tx.$queryRaw<{ email: string; createdByInvitation: boolean }[]>`
    SELECT email, "createdByInvitation" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!account?.createdByInvitation) return false;
  const [{ unused }] = await tx.$queryRaw<{ unused: boolean }[]>`
    SELECT u."emailVerified" IS NULL AND u."lastSignInAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id)
      AND NOT EXISTS (
        SELECT 1 FROM "Contact" c WHERE c."userId" = u.id
          AND NOT (c."organizationId" = ${organizationId} AND c.source = 'ADMIN_INVITATION'
            AND NOT EXISTS (SELECT 1 FROM "ContactRole" r WHERE r."contactId" = c.id)
            AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)))
      ) AS unused
    FROM "User" u WHERE u.id = ${userId}`;
  if (!unused) return false;
  await tx.user.delete({ where: { id: userId } });
  await audit(tx, departure.actor, {
    organizationId,
    action: "user.deleted",
    targetType: "User",
    targetId: userId,
    metadata: { email: account.email, reason: departure.reason, membershipId: departure.membershipId },
  });
  return true;
}
