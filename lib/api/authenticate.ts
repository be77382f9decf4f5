// The REST API's side of the one guard: `Authorization: Bearer <key>` resolves to an actor
// (the key, for its creator) holding the key's role in the key's organization, checked by the
// same capability map as a person. Two statements, the key lookup being the access statement:
// the key with its organization and its creator's membership, then (once the secret matched)
// its last use and its request count.
import { Prisma } from "@/lib/db/generated/client";
import type { Locale, OrgRole, SubscriptionStatus } from "@/lib/db/generated/enums";
import type { Db } from "@/lib/db/prisma";
import { apiKeyAccess, type Actor, type OrgAccess } from "@/lib/auth/access";
import { apiKeyMatches, parseApiKey } from "@/lib/api-keys/secret";
import { API_KEY_REQUESTS_PER_MINUTE } from "@/lib/rate-limit/rules";

export type KeyRow = {
  id: string;
  secretHash: string;
  keyRole: OrgRole;
  expiresAt: Date | null;
  revokedAt: Date | null;
  creatorId: string | null;
  orgId: string;
  orgSlug: string;
  orgName: string;
  subscriptionStatus: SubscriptionStatus;
  deletionScheduledAt: Date | null;
  orgDefaultLocale: Locale | null;
  membershipId: string | null;
  orgRole: OrgRole | null;
};

export type RateState = { limit: number; remaining: number; resetSeconds: number; exceeded: boolean };

export type KeyOutcome =
  | { kind: "unauthenticated" }
  | { kind: "not-found" }
  | { kind: "rate-limited"; rate: RateState }
  | { kind: "ok"; access: OrgAccess; actor: Actor; rate: RateState };

/** The key from the Authorization header; null when absent or not a Bearer credential. */
export function bearerKey(headers: Headers): string | null {
  const value = headers.get("authorization");
  const match = value ? /^Bearer +(\S+) *$/i.exec(value) : null;
  return match ? match[1] : null;
}

/**
 * Unknown, malformed, revoked or expired keys, and keys whose creator left the organization,
 * are all `unauthenticated` (the same answer, no hint which); a valid key asking about another
 * organization is `not-found`, as a person gets.
 */
export async function authenticateKey(
  db: Db,
  key: string | null,
  slug: string,
  request: { ip: string | null; userAgent: string | null },
): Promise<KeyOutcome> {
  const parsed = key ? parseApiKey(key) : null;
  if (!key || !parsed) return { kind: "unauthenticated" };
  const [row] = await db.$queryRaw<KeyRow[]>(Prisma.sql`
    SELECT k.id, k."secretHash", k.role::text AS "keyRole", k."expiresAt", k."revokedAt", k."createdById" AS "creatorId",
      o.id AS "orgId", o.slug AS "orgSlug", o.name AS "orgName", o."subscriptionStatus"::text AS "subscriptionStatus",
      o."deletionScheduledAt", o."defaultLocale"::text AS "orgDefaultLocale",
      m.id AS "membershipId", m.role::text AS "orgRole"
    FROM "ApiKey" k
    JOIN "Organization" o ON o.id = k."organizationId"
    LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m."userId" = k."createdById" AND m.status = 'ACTIVE'
    WHERE k."lookupId" = ${parsed.lookupId}`);
  // Hash the key whatever was found, so an unknown lookup id takes as long as a wrong secret.
  const matches = apiKeyMatches(key, row?.secretHash ?? "0".repeat(64));
  if (!row || !matches || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return { kind: "unauthenticated" };
  const access = apiKeyAccess(row);
  if (!access) return { kind: "unauthenticated" };
  const rate = await countRequest(db, row.id);
  if (rate.exceeded) return { kind: "rate-limited", rate };
  if (row.orgSlug !== slug) return { kind: "not-found" };
  return { kind: "ok", access, actor: { userId: access.userId, apiKeyId: row.id, ip: request.ip, userAgent: request.userAgent }, rate };
}

/**
 * Counts the request against the key's limit and records its use, in one statement: a sliding
 * window counter (this minute's requests plus the previous minute's, weighted by how much of it
 * still falls within the last 60 seconds), kept on the key's row, on the database's clock.
 */
async function countRequest(db: Db, apiKeyId: string): Promise<RateState> {
  const [row] = await db.$queryRaw<{ hits: number; previous: number; elapsed: number }[]>`
    WITH clock AS (SELECT clock_timestamp() AS now, date_trunc('minute', clock_timestamp()) AS minute)
    UPDATE "ApiKey" k SET
      "ratePreviousHits" = CASE WHEN k."rateWindowStart" = clock.minute THEN k."ratePreviousHits"
        WHEN k."rateWindowStart" = clock.minute - interval '1 minute' THEN k."rateWindowHits" ELSE 0 END,
      "rateWindowHits" = CASE WHEN k."rateWindowStart" = clock.minute THEN k."rateWindowHits" + 1 ELSE 1 END,
      "rateWindowStart" = clock.minute,
      "lastUsedAt" = clock.now
    FROM clock WHERE k.id = ${apiKeyId}
    RETURNING k."rateWindowHits" AS hits, k."ratePreviousHits" AS previous, EXTRACT(EPOCH FROM clock.now - clock.minute)::float8 AS elapsed`;
  return rateState(row?.hits ?? 1, row?.previous ?? 0, row?.elapsed ?? 0);
}

export function rateState(hits: number, previous: number, elapsedSeconds: number, limit = API_KEY_REQUESTS_PER_MINUTE): RateState {
  const used = Math.floor(previous * Math.max(0, 1 - elapsedSeconds / 60)) + hits;
  const resetSeconds = Math.max(1, Math.ceil(60 - elapsedSeconds));
  return { limit, remaining: Math.max(0, limit - used), resetSeconds, exceeded: used > limit };
}
