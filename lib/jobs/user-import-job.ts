// Users imports run on pg-boss: the preview, then the apply, each a job sent when the person
// asks (lib/users/import/import-queue.ts) and picked up at once by this process's worker, so
// the request returns at once and a 10,000-row file never holds it open. Each step claims its
// import once, so a repeated job does nothing. Every 5 minutes a sweep marks failed the imports
// whose step died with its process (lib/users/fail-stuck-user-imports.ts).
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { setUserImportWorker, USER_IMPORT_QUEUE, type UserImportJob } from "@/lib/users/user-import-queue";
import { runUserImportStep } from "@/lib/users/run-user-import-step";
import { failStuckImports } from "@/lib/users/fail-stuck-user-imports";
import { JOB_POLLING_SECONDS } from "./boss";

export const USER_IMPORT_SWEEP_QUEUE = "user-import-sweep";
export const USER_IMPORT_SWEEP_CRON = "*/5 * * * *";

export async function registerUserImportJobs(
  boss: PgBoss,
  db: Db,
  { pollingIntervalSeconds = JOB_POLLING_SECONDS }: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  // No retry: a failed step records why on the import, and the person starts again.
  await boss.createQueue(USER_IMPORT_QUEUE, { name: USER_IMPORT_QUEUE, policy: "standard", retryLimit: 0, expireInSeconds: 15 * 60 });
  const workerId = await boss.work<UserImportJob>(USER_IMPORT_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    await runUserImportStep(job.data, db);
  });
  await boss.createQueue(USER_IMPORT_SWEEP_QUEUE, { name: USER_IMPORT_SWEEP_QUEUE, policy: "stately", expireInSeconds: 5 * 60 });
  await boss.schedule(USER_IMPORT_SWEEP_QUEUE, USER_IMPORT_SWEEP_CRON, {}, { tz: "UTC" });
  await boss.work(USER_IMPORT_SWEEP_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const failed = await failStuckImports(db);
    if (failed) console.warn(`[jobs] users imports: ${failed} stopped halfway, marked failed`);
  });
  setUserImportWorker({ boss, workerId });
}
