// Webhook delivery on pg-boss: one "stately" queue (at most one dispatcher running and one
// waiting, across instances), whose job drains the webhook outbox (lib/webhooks/dispatch.ts).
// It is sent when deliveries are written (the outbox trigger's notification, heard on this
// process's LISTEN connection, wakes the worker at once) and every minute by schedule, which
// picks up the retries due later. A run keeps going while a retry is due within 30 s. Once a
// day a sweep deletes the finished deliveries past their retention (lib/webhooks/prune-deliveries.ts).
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { listenForNewEmails, type OutboxListener } from "@/lib/mail/outbox-listener";
import { dispatchWebhooks, nextDueAt } from "@/lib/webhooks/dispatch";
import { pruneWebhookDeliveries } from "@/lib/webhooks/prune-deliveries";
import { JOB_POLLING_SECONDS } from "./boss";

export const WEBHOOKS_QUEUE = "webhook-dispatch";
export const WEBHOOKS_CRON = "* * * * *";
export const WEBHOOKS_CHANNEL = "webhook_outbox";
export const WEBHOOKS_PRUNE_QUEUE = "webhook-deliveries-prune";
/** Daily, at a quiet hour (UTC). */
export const WEBHOOKS_PRUNE_CRON = "40 3 * * *";
/** How long one run may keep the dispatcher busy before handing over to the next. */
const RUN_MS = 4 * 60_000;
const SOON_MS = 30_000;

const globalForWebhooks = globalThis as unknown as { rosterWebhooks?: { listener: OutboxListener } };

export async function registerWebhooksJob(
  boss: PgBoss,
  db: Db,
  { pollingIntervalSeconds = JOB_POLLING_SECONDS, connectionString }: { pollingIntervalSeconds?: number; connectionString?: string } = {},
): Promise<void> {
  await boss.createQueue(WEBHOOKS_QUEUE, { name: WEBHOOKS_QUEUE, policy: "stately", expireInSeconds: 10 * 60, retryLimit: 0 });
  await boss.schedule(WEBHOOKS_QUEUE, WEBHOOKS_CRON, {}, { tz: "UTC" });
  const workerId = await boss.work(WEBHOOKS_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const started = Date.now();
    for (;;) {
      await dispatchWebhooks(db, { maxMs: RUN_MS });
      const due = await nextDueAt(db);
      const wait = due ? due.getTime() - Date.now() : Infinity;
      if (wait > SOON_MS || Date.now() - started > RUN_MS) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
    }
  });
  await boss.createQueue(WEBHOOKS_PRUNE_QUEUE, { name: WEBHOOKS_PRUNE_QUEUE, policy: "stately", expireInSeconds: 30 * 60 });
  await boss.schedule(WEBHOOKS_PRUNE_QUEUE, WEBHOOKS_PRUNE_CRON, {}, { tz: "UTC" });
  await boss.work(WEBHOOKS_PRUNE_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const deleted = await pruneWebhookDeliveries(db);
    if (deleted) console.log(`[jobs] webhooks: ${deleted} deliveries past their retention deleted`);
  });
  if (connectionString && !globalForWebhooks.rosterWebhooks) {
    const kick = () => {
      void boss
        .send(WEBHOOKS_QUEUE, {})
        .then(() => boss.notifyWorker(workerId))
        .catch(() => {});
    };
    const listener = listenForNewEmails({
      connectionString,
      channel: WEBHOOKS_CHANNEL,
      onNotify: kick,
      onReconnect: kick,
      log: (line) => console.error(`[webhooks] ${line.replace("new emails", "new webhook events")}`),
    });
    globalForWebhooks.rosterWebhooks = { listener };
  }
}

/** Closes this process's LISTEN connection (shutdown, tests). */
export async function stopWebhooksListener(): Promise<void> {
  const running = globalForWebhooks.rosterWebhooks;
  globalForWebhooks.rosterWebhooks = undefined;
  await running?.listener.close();
}
