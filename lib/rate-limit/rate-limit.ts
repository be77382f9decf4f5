// Race-safe sliding-window limits, counted in the database so that every app process
// shares them. A use case, inside its own transaction: checkLimits (locks the keys and
// counts their recent hits), then, if it goes ahead, recordHits. Both commit or roll back
// with the change they guard (the outbox row, the invitation), so a refused or failed
// attempt counts nothing, and two concurrent requests can never both take the last slot.
import { Prisma } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db/prisma";

export type LimitRule = {
  /** What is counted, e.g. "sign-in:address:alice@example.com". */
  key: string;
  /** Hits allowed within the window. */
  limit: number;
  windowMs: number;
};

export type ExceededLimit = { rule: LimitRule; retryAfterMs: number };

type Counted = { key: string; hits: number; retryAfterMs: number | null };

/**
 * Takes a transaction-long lock on each rule's key (in lock-id order, so callers that
 * share keys never deadlock), then counts each key's hits within its window. Returns the
 * rules already at their limit, with how long until their oldest hit leaves the window
 * (an underestimate only when a limit was lowered below the hits already counted).
 * Call it after the use case's own row locks, and at most once per transaction.
 */
export async function checkLimits(tx: Tx, rules: readonly LimitRule[]): Promise<ExceededLimit[]> {
  if (rules.length === 0) return [];
  const keys = rules.map((rule) => rule.key);
  const windows = rules.map((rule) => rule.windowMs);
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(id) FROM (SELECT DISTINCT hashtext('rate-limit:' || k)::bigint AS id FROM unnest(${keys}::text[]) AS k ORDER BY 1) AS ids`;
  // The database's clock for every hit, so app servers with skewed clocks agree.
  const counted = await tx.$queryRaw<Counted[]>(Prisma.sql`
    SELECT r.key, count(h.id)::int AS hits,
      (EXTRACT(EPOCH FROM (min(h."createdAt") + r.window_ms * interval '1 millisecond' - clock_timestamp())) * 1000)::float8 AS "retryAfterMs"
    FROM unnest(${keys}::text[], ${windows}::int[]) AS r(key, window_ms)
    LEFT JOIN "RateLimitHit" h ON h.key = r.key AND h."createdAt" > clock_timestamp() - r.window_ms * interval '1 millisecond'
    GROUP BY r.key, r.window_ms`);
  const byKey = new Map(counted.map((row) => [row.key, row]));
  return rules.flatMap((rule) => {
    const row = byKey.get(rule.key);
    if (!row || row.hits < rule.limit) return [];
    return [{ rule, retryAfterMs: Math.max(1000, Math.ceil(row.retryAfterMs ?? rule.windowMs)) }];
  });
}

/** Counts one hit for each rule, in the caller's transaction (after checkLimits on the same rules). */
export async function recordHits(tx: Tx, rules: readonly LimitRule[]): Promise<void> {
  if (rules.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "RateLimitHit" (key, "createdAt", "expiresAt")
    SELECT r.key, clock_timestamp(), clock_timestamp() + r.window_ms * interval '1 millisecond'
    FROM unnest(${rules.map((rule) => rule.key)}::text[], ${rules.map((rule) => rule.windowMs)}::int[]) AS r(key, window_ms)`;
}

/** The exceeded limit that frees up last: when trying again will pass them all. */
export function longestWait(exceeded: readonly ExceededLimit[]): number {
  return Math.max(0, ...exceeded.map((entry) => entry.retryAfterMs));
}

const PURGE_EVERY_MS = 60_000;
let lastPurge = 0;

/**
 * Deletes hits that left their window, and expired sign-in tokens (Auth.js creates one
 * per request, refused or not, and deletes it only when used). Called on the paths that
 * create them, at most once a minute per process, so a flood of requests does not turn
 * into a flood of deletes; both deletes use an index or a small table.
 */
export async function purgeExpired(now = Date.now()): Promise<void> {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  try {
    await db.$executeRaw`DELETE FROM "RateLimitHit" WHERE "expiresAt" < clock_timestamp()`;
    // No index on expires: the table holds at most the last hour's requests (SIGN_IN_LINK_MINUTES), bounded by the hourly email budgets
    // (EMAILS_PER_HOUR, NEWCOMER_EMAILS_PER_HOUR) and the per-address limit.
    await db.verificationToken.deleteMany({ where: { expires: { lt: new Date(now) } } });
  } catch (error) {
    console.error("[rate-limit] purging expired rows failed:", error);
  }
}

/** Tests: the next purgeExpired() runs whatever the time of the last one. */
export function resetPurgeClock(): void {
  lastPurge = 0;
}
