// Which hourly budget an email draws from (lib/rate-limit/rules.ts, emailBudgets): one
// statement each, in the caller's transaction, on indexed lookups only.
import type { Tx } from "@/lib/db/prisma";
import { ESTABLISHED_ORGANIZATION_DAYS, type EmailBudget } from "./rules";

/**
 * `known` for someone an organization at least ESTABLISHED_ORGANIZATION_DAYS old has on its
 * books: a member (active, or pending until they accept), an active contact, or the address
 * of a pending invitation (they sign in to accept it). Not a new organization's: anyone can
 * create one, become its member and type in contacts, and so make any address "known".
 */
export async function signInBudget(tx: Tx, email: string): Promise<EmailBudget> {
  const days = ESTABLISHED_ORGANIZATION_DAYS;
  const [row] = await tx.$queryRaw<{ known: boolean }[]>`
    WITH established AS (SELECT now() - make_interval(days => ${days}::int) AS before)
    SELECT EXISTS (
        SELECT 1 FROM "User" u
        JOIN "Membership" m ON m."userId" = u.id
        JOIN "Organization" o ON o.id = m."organizationId"
        WHERE u.email = lower(${email}) AND o."createdAt" <= (SELECT before FROM established)
      ) OR EXISTS (
        SELECT 1 FROM "Contact" c
        JOIN "Organization" o ON o.id = c."organizationId"
        WHERE c.email = lower(${email}) AND c.status = 'ACTIVE' AND o."createdAt" <= (SELECT before FROM established)
      ) OR EXISTS (
        SELECT 1 FROM "Invitation" i
        JOIN "Organization" o ON o.id = i."organizationId"
        WHERE i.email = lower(${email}) AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > now()
          AND o."createdAt" <= (SELECT before FROM established)
      ) AS known`;
  return row?.known ? "known" : "newcomers";
}

/** `known` for invitations sent by an organization at least ESTABLISHED_ORGANIZATION_DAYS old. */
export async function invitationBudget(tx: Tx, organizationId: string): Promise<EmailBudget> {
  const [row] = await tx.$queryRaw<{ established: boolean }[]>`
    SELECT "createdAt" <= now() - make_interval(days => ${ESTABLISHED_ORGANIZATION_DAYS}::int) AS established
    FROM "Organization" WHERE id = ${organizationId}`;
  return row?.established ? "known" : "newcomers";
}
