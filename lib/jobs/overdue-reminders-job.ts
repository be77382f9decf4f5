// The scheduled job that sends overdue invoice reminders (sendOverdueReminders), hourly.
// pg-boss runs each scheduled occurrence once across instances; the reminders themselves are
// guarded in the database (see send-overdue-reminders.ts), so a retried, repeated or
// concurrent run never sends one twice.
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { kickMailWorker } from "@/lib/mail/worker";
import { sendOverdueReminders } from "@/lib/notifications/send-overdue-reminders";
import { JOB_POLLING_SECONDS } from "./boss";

export const OVERDUE_REMINDERS_QUEUE = "overdue-reminders";
/** Every hour, at minute 7. */
export const OVERDUE_REMINDERS_CRON = "7 * * * *";

export async function registerOverdueRemindersJob(
  boss: PgBoss,
  db: Db,
  { pollingIntervalSeconds = JOB_POLLING_SECONDS }: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  // "stately": at most one run waiting and one running.
  await boss.createQueue(OVERDUE_REMINDERS_QUEUE, {
    name: OVERDUE_REMINDERS_QUEUE,
    policy: "stately",
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  });
  await boss.schedule(OVERDUE_REMINDERS_QUEUE, OVERDUE_REMINDERS_CRON, {}, { tz: "UTC" });
  await boss.work(OVERDUE_REMINDERS_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const { invoices, emails } = await sendOverdueReminders(db);
    if (invoices > 0) {
      console.log(`[jobs] overdue reminders: ${invoices} invoice(s), ${emails} email(s) queued`);
      kickMailWorker();
    }
  });
}
