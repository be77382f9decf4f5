// The scheduled job of cancelled organizations (lib/subscription/due-deletions.ts), hourly:
// queues the 30- and 7-day reminders, then deletes the organizations whose date has come.
// pg-boss runs each occurrence once across instances; the reminders and the deletion are
// guarded in the database too, so a retried or concurrent run never does anything twice.
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { kickMailWorker } from "@/lib/mail/worker";
import { runDueDeletions, sendDeletionReminders } from "@/lib/subscription/due-deletions";
import { JOB_POLLING_SECONDS } from "./boss";

export const ORGANIZATION_DELETIONS_QUEUE = "organization-deletions";
/** Every hour, at minute 17. */
export const ORGANIZATION_DELETIONS_CRON = "17 * * * *";

export async function registerOrganizationDeletionsJob(
  boss: PgBoss,
  db: Db,
  { pollingIntervalSeconds = JOB_POLLING_SECONDS }: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  await boss.createQueue(ORGANIZATION_DELETIONS_QUEUE, {
    name: ORGANIZATION_DELETIONS_QUEUE,
    policy: "stately",
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 60 * 60,
  });
  await boss.schedule(ORGANIZATION_DELETIONS_QUEUE, ORGANIZATION_DELETIONS_CRON, {}, { tz: "UTC" });
  await boss.work(ORGANIZATION_DELETIONS_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const reminders = await sendDeletionReminders(db);
    if (reminders > 0) {
      console.log(`[jobs] organization deletions: ${reminders} reminder(s) queued`);
      kickMailWorker();
    }
    await runDueDeletions(db, new Date(), ({ organization, deleted, accountsDeleted }) => {
      if (deleted) console.log(`[jobs] organization ${organization.slug} deleted (${accountsDeleted} account(s) with it)`);
    });
  });
}
