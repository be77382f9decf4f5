// The webhook dispatcher, run by the pg-boss job (lib/jobs/webhooks-job.ts) and by tests: it
// claims due deliveries, signs and sends them, and writes each outcome.
// - Once: a claim locks a row (lockedUntil, past the 10 s timeout) in the statement that picks
//   it, so two dispatchers never send the same row at once; a row is sent again only when its
//   attempt failed, or when a crash left it locked until the lock expired.
// - In order per resource: only the oldest PENDING delivery of each (endpoint, resource) may be
//   claimed, so a later event waits until the earlier one is delivered or given up.
// - Retries: exponential (10 s doubling, at most 6 h apart) until the delivery's retryUntil
//   (3 days), then FAILED.
// - An endpoint failing for 3 days (no success since its first failure) is disabled, audited,
//   and its org admins are emailed (event webhook_endpoint_disabled), in one transaction.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { notify } from "@/lib/notifications/notify";
import { kickMailWorker } from "@/lib/mail/worker";
import { openWebhookSecret } from "./secret";
import { signWebhook } from "./sign";
import { sendWebhook, type SendOptions, type SendResult } from "./send";

export const FAILING_DISABLE_MS = 3 * 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 10_000;
const MAX_RETRY_MS = 6 * 60 * 60 * 1000;
const LOCK_MS = 60_000;

export type DispatchOptions = {
  /** The clock (tests move it); the database's rows are compared with it. */
  now?: () => Date;
  send?: typeof sendWebhook;
  sendOptions?: SendOptions;
  batchSize?: number;
  /** Requests in flight at once (one per resource at a time). */
  concurrency?: number;
  /** Deliveries of one resource claimed together (sent one after the other). */
  perResource?: number;
};

export type DispatchResult = { attempted: number; delivered: number; failed: number; gaveUp: number; disabledEndpoints: number };

type Claimed = {
  seq: bigint;
  resourceKey: string;
  id: string;
  endpointId: string;
  organizationId: string;
  body: string;
  attempts: number;
  retryUntil: Date;
  url: string;
  secretSealed: string;
};

const ts = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims, in seq order, up to `perResource` waiting deliveries of each (endpoint, resource)
 * whose oldest waiting one is due and not in flight. Claims are taken one at a time (an
 * advisory lock, then the statement, whose snapshot sees the previous claim), so a resource's
 * events are never split between two dispatchers.
 */
async function claim(db: Db, now: Date, batchSize: number, perResource: number): Promise<Claimed[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('roster webhook claim'))`;
    return tx.$queryRaw<Claimed[]>`
      WITH ranked AS (
        SELECT d.id, d.seq, d."endpointId",
          row_number() OVER w AS rank, first_value(d."nextAttemptAt") OVER w AS "headDue", first_value(d."lockedUntil") OVER w AS "headLock"
        FROM "WebhookDelivery" d WHERE d.status = 'PENDING'
        WINDOW w AS (PARTITION BY d."endpointId", d."resourceKey" ORDER BY d.seq)
      ), due AS (
        SELECT r.id FROM ranked r JOIN "WebhookEndpoint" e ON e.id = r."endpointId"
        WHERE e."disabledAt" IS NULL AND r.rank <= ${perResource} AND r."headDue" <= ${ts(now)}
          AND (r."headLock" IS NULL OR r."headLock" <= ${ts(now)})
        ORDER BY r.seq LIMIT ${batchSize}
      )
      UPDATE "WebhookDelivery" d SET "lockedUntil" = ${ts(new Date(now.getTime() + LOCK_MS))}, attempts = d.attempts + 1
      FROM due, "WebhookEndpoint" e
      WHERE d.id = due.id AND e.id = d."endpointId" AND d.status = 'PENDING' AND (d."lockedUntil" IS NULL OR d."lockedUntil" <= ${ts(now)})
      RETURNING d.id, d.seq, d."endpointId", d."resourceKey", d."organizationId", d.body, d.attempts, d."retryUntil", e.url, e."secretSealed"`;
  });
}

async function attempt(row: Claimed, send: typeof sendWebhook, sendOptions: SendOptions | undefined, now: Date): Promise<SendResult> {
  let secret: string;
  try {
    secret = openWebhookSecret(row.secretSealed, row.endpointId);
  } catch {
    return { ok: false, status: null, durationMs: 0, excerpt: null, error: "the signing secret cannot be opened (AUTH_SECRET changed?)" };
  }
  const headers = signWebhook(secret, row.id, Math.floor(now.getTime() / 1000), row.body);
  return send(row.url, headers, row.body, sendOptions);
}

/** Runs `work` over `items`, at most `limit` at once. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** One claim, its sends and their outcomes. */
export async function dispatchWebhookBatch(db: Db, options: DispatchOptions = {}): Promise<DispatchResult> {
  const { now: clock = () => new Date(), send = sendWebhook, sendOptions, batchSize = 1000, concurrency = 64, perResource = 20 } = options;
  const claimedAt = clock();
  const claimed = await claim(db, claimedAt, batchSize, perResource);
  const result: DispatchResult = { attempted: 0, delivered: 0, failed: 0, gaveUp: 0, disabledEndpoints: 0 };
  if (!claimed.length) return result;
  // One lane per resource, in seq order: a failure stops its lane, and the rest are handed back untried.
  const lanes = new Map<string, Claimed[]>();
  for (const row of [...claimed].sort((a, b) => (a.seq < b.seq ? -1 : 1)))
    lanes.set(`${row.endpointId} ${row.resourceKey}`, [...(lanes.get(`${row.endpointId} ${row.resourceKey}`) ?? []), row]);
  const rows: Claimed[] = [];
  const outcomes: SendResult[] = [];
  const untried: string[] = [];
  await pooled([...lanes.values()], concurrency, async (lane) => {
    for (const [at, row] of lane.entries()) {
      const outcome = await attempt(row, send, sendOptions, clock());
      rows.push(row);
      outcomes.push(outcome);
      if (!outcome.ok) {
        untried.push(...lane.slice(at + 1).map((each) => each.id));
        return;
      }
    }
  });
  result.attempted = rows.length;
  if (untried.length)
    await db.$executeRaw`UPDATE "WebhookDelivery" SET "lockedUntil" = NULL, attempts = attempts - 1 WHERE id = ANY(${untried}::text[])`;
  const now = clock();
  const updates = rows.map((row, at) => {
    const outcome = outcomes[at];
    if (outcome.ok) result.delivered++;
    else result.failed++;
    const givesUp = !outcome.ok && now.getTime() >= new Date(row.retryUntil).getTime();
    if (givesUp) result.gaveUp++;
    const next =
      outcome.ok || givesUp ? now : new Date(Math.min(now.getTime() + retryDelayMs(row.attempts), new Date(row.retryUntil).getTime()));
    return {
      id: row.id,
      status: outcome.ok ? "DELIVERED" : givesUp ? "FAILED" : "PENDING",
      next: next.toISOString(),
      code: outcome.status,
      ms: outcome.durationMs,
      excerpt: outcome.excerpt,
      error: outcome.ok ? null : outcome.error.slice(0, 500),
    };
  });
  await db.$executeRaw`
    UPDATE "WebhookDelivery" d SET status = r.status::"WebhookDeliveryStatus", "lockedUntil" = NULL, "lastAttemptAt" = ${ts(now)},
      "nextAttemptAt" = r.next::timestamp, "responseStatus" = r.code, "durationMs" = r.ms, "responseExcerpt" = r.excerpt, error = r.error,
      "deliveredAt" = CASE WHEN r.status = 'DELIVERED' THEN ${ts(now)} ELSE d."deliveredAt" END
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS r(id text, status text, next text, code int, ms int, excerpt text, error text)
    WHERE d.id = r.id`;
  result.disabledEndpoints = await recordEndpointHealth(db, rows, outcomes, now);
  return result;
}

/** A success clears an endpoint's failure streak; a failure starts one, and one 3 days old disables it. */
async function recordEndpointHealth(db: Db, rows: Claimed[], outcomes: SendResult[], now: Date): Promise<number> {
  const succeeded = new Set(rows.filter((_, at) => outcomes[at].ok).map((row) => row.endpointId));
  const failedOnly = [...new Set(rows.filter((_, at) => !outcomes[at].ok).map((row) => row.endpointId))].filter((id) => !succeeded.has(id));
  if (succeeded.size)
    await db.$executeRaw`UPDATE "WebhookEndpoint" SET "failingSince" = NULL WHERE id = ANY(${[...succeeded]}::text[]) AND "failingSince" IS NOT NULL`;
  if (!failedOnly.length) return 0;
  const failing = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookEndpoint" SET "failingSince" = coalesce("failingSince", ${ts(now)})
    WHERE id = ANY(${failedOnly}::text[])
    RETURNING id, ("failingSince" <= ${ts(new Date(now.getTime() - FAILING_DISABLE_MS))} AND "disabledAt" IS NULL) AS "due"`;
  let disabled = 0;
  for (const { id } of failing.filter((row) => (row as { due?: boolean }).due)) if (await disableFailingEndpoint(db, id, now)) disabled++;
  if (disabled) kickMailWorker();
  return disabled;
}

async function disableFailingEndpoint(db: Db, endpointId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [endpoint] = await tx.$queryRaw<{ id: string; organizationId: string; url: string }[]>`
      UPDATE "WebhookEndpoint" SET "disabledAt" = ${ts(now)}, "disabledReason" = 'failing'
      WHERE id = ${endpointId} AND "disabledAt" IS NULL RETURNING id, "organizationId", url`;
    if (!endpoint) return false;
    await audit(tx, null, {
      organizationId: endpoint.organizationId,
      action: "webhook_endpoint.disabled",
      targetType: "WebhookEndpoint",
      targetId: endpoint.id,
      metadata: { url: endpoint.url, reason: "failing" },
    });
    await notify(tx, { kind: "webhook_endpoint_disabled", organizationId: endpoint.organizationId, endpointId: endpoint.id });
    return true;
  });
}

/** Batches until nothing is due (or `maxMs` has passed); returns the totals. */
export async function dispatchWebhooks(db: Db, options: DispatchOptions & { maxMs?: number } = {}): Promise<DispatchResult> {
  const total: DispatchResult = { attempted: 0, delivered: 0, failed: 0, gaveUp: 0, disabledEndpoints: 0 };
  const started = Date.now();
  for (;;) {
    const batch = await dispatchWebhookBatch(db, options);
    for (const key of Object.keys(total) as (keyof DispatchResult)[]) total[key] += batch[key];
    if (!batch.attempted || Date.now() - started > (options.maxMs ?? 60_000)) return total;
  }
}

/** When the next waiting delivery is due (null: none waits), for the job to come back then. */
export async function nextDueAt(db: Db): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT min(d."nextAttemptAt") AS at FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
    WHERE d.status = 'PENDING' AND e."disabledAt" IS NULL`;
  return row?.at ?? null;
}
