// The data export's background work on pg-boss: one job per export (sent when it is
// requested, and the worker woken at once when it runs in this process), and every 5 minutes
// a sweep that deletes exports past their 7 days and sends again any export still waiting
// (requested while no job worker ran, or whose worker stopped). runDataExport claims an export
// once, so a repeated or concurrent job does nothing.
import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db/prisma";
import { exportStorage } from "@/lib/storage/export-storage";
import { expireDataExports, pendingDataExports, runDataExport } from "@/lib/data-export/run-export";
import { kickMailWorker } from "@/lib/mail/worker";
import { JOB_POLLING_SECONDS } from "./boss";

export const DATA_EXPORT_QUEUE = "data-export";
export const DATA_EXPORT_SWEEP_QUEUE = "data-export-sweep";
export const DATA_EXPORT_SWEEP_CRON = "*/5 * * * *";

const globalForExports = globalThis as unknown as { rosterExportWorker?: { boss: PgBoss; workerId: string } };

export async function registerDataExportJobs(
  boss: PgBoss,
  db: Db,
  { pollingIntervalSeconds = JOB_POLLING_SECONDS }: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  await boss.createQueue(DATA_EXPORT_QUEUE, {
    name: DATA_EXPORT_QUEUE,
    policy: "standard",
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 30 * 60,
  });
  await boss.createQueue(DATA_EXPORT_SWEEP_QUEUE, { name: DATA_EXPORT_SWEEP_QUEUE, policy: "stately", expireInSeconds: 10 * 60 });
  await boss.schedule(DATA_EXPORT_SWEEP_QUEUE, DATA_EXPORT_SWEEP_CRON, {}, { tz: "UTC" });
  const workerId = await boss.work<{ exportId: string }>(DATA_EXPORT_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    const outcome = await runDataExport(job.data.exportId, exportStorage(), db);
    if (outcome !== "skipped") kickMailWorker();
  });
  await boss.work(DATA_EXPORT_SWEEP_QUEUE, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    const expired = await expireDataExports(exportStorage(), db);
    if (expired) console.log(`[jobs] data exports: ${expired} expired file(s) deleted`);
    for (const exportId of await pendingDataExports(db)) await boss.send(DATA_EXPORT_QUEUE, { exportId }, { singletonKey: exportId });
  });
  globalForExports.rosterExportWorker = { boss, workerId };
}

/** Queues the export's job and wakes this process's worker; without a job worker here, the sweep sends it. */
export async function queueDataExport(exportId: string): Promise<void> {
  const worker = globalForExports.rosterExportWorker;
  if (!worker) return;
  await worker.boss.send(DATA_EXPORT_QUEUE, { exportId }, { singletonKey: exportId });
  worker.boss.notifyWorker(worker.workerId);
}
