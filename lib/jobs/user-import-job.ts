// Users imports run on pg-boss: the preview, then the apply, each a job sent when the person
// asks (lib/users/import/import-queue.ts) and picked up at once by this process's worker, so
// the request returns at once and a 10,000-row file never holds it open. Each step claims its
// import once, so a repeated job does nothing.
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { setUserImportWorker, USER_IMPORT_QUEUE, type UserImportJob } from "@/lib/users/user-import-queue";
import { runUserImportStep } from "@/lib/users/run-user-import-step";
import { JOB_POLLING_SECONDS } from "./boss";

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
  setUserImportWorker({ boss, workerId });
}
