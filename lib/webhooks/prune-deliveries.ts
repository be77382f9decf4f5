// The webhook outbox keeps every delivery for its log (Settings → Webhooks), which would grow
// without end: a daily sweep (lib/jobs/webhooks-job.ts) deletes the finished ones (delivered,
// or failed for good) untouched for WEBHOOK_DELIVERY_RETENTION_DAYS. A delivery still waiting
// for a retry is never deleted, nor one resent within the window (Resend makes it PENDING
// again and moves nextAttemptAt; its createdAt stays the event's). In batches, each its own
// short statement, so a large backlog never holds locks for long; rows being resent at the
// same moment are skipped (SKIP LOCKED) and re-checked after the wait otherwise.
import { db as defaultDb, type Db } from "@/lib/db/prisma";

export const WEBHOOK_DELIVERY_RETENTION_DAYS = 30;
const BATCH = 1000;
/** A run stops after this many batches; the next day's run goes on. */
const MAX_BATCHES = 200;

/** Deletes the finished deliveries older than the retention; returns how many. */
export async function pruneWebhookDeliveries(
  db: Db = defaultDb,
  { now = new Date(), batch = BATCH, maxBatches = MAX_BATCHES }: { now?: Date; batch?: number; maxBatches?: number } = {},
): Promise<number> {
  const before = new Date(now.getTime() - WEBHOOK_DELIVERY_RETENTION_DAYS * 86_400_000);
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    // Served by the (status, createdAt) index; the other two dates only move later than createdAt.
    const count = await db.$executeRaw`
      DELETE FROM "WebhookDelivery" WHERE id IN (
        SELECT id FROM "WebhookDelivery"
        WHERE status IN ('DELIVERED', 'FAILED') AND "createdAt" < ${before}
          AND "nextAttemptAt" < ${before} AND ("lastAttemptAt" IS NULL OR "lastAttemptAt" < ${before})
        ORDER BY "createdAt"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)`;
    deleted += count;
    if (count < batch) break;
  }
  return deleted;
}
