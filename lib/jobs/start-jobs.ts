// Starts the scheduled work of this process (once; later calls do nothing). Called from
// instrumentation.ts, so every app instance runs it; pg-boss and the database guards make
// that safe. Data export jobs are to register here too.
import type PgBoss from "pg-boss";
import { config } from "@/lib/config";
import { db } from "@/lib/db/prisma";
import { createBoss } from "./boss";
import { registerOverdueRemindersJob } from "./overdue-reminders-job";
import { registerOrganizationDeletionsJob } from "./organization-deletions-job";
import { registerDataExportJobs } from "./data-export-job";
import { registerUserImportJobs } from "./user-import-job";
import { registerWebhooksJob, stopWebhooksListener } from "./webhooks-job";

const globalForJobs = globalThis as unknown as { rosterJobs?: Promise<PgBoss | null> };

export function startJobs(): Promise<PgBoss | null> {
  globalForJobs.rosterJobs ??= (async () => {
    const url = config().DATABASE_URL;
    if (!url) {
      console.error("[jobs] not started: DATABASE_URL is not set");
      return null;
    }
    const boss = createBoss(url);
    try {
      await boss.start();
      await registerOverdueRemindersJob(boss, db);
      await registerOrganizationDeletionsJob(boss, db);
      await registerDataExportJobs(boss, db);
      await registerUserImportJobs(boss, db);
      await registerWebhooksJob(boss, db, { connectionString: url });
      return boss;
    } catch (error) {
      console.error(`[jobs] not started: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      await boss.stop({ graceful: false }).catch(() => {});
      return null;
    }
  })();
  return globalForJobs.rosterJobs;
}

/** Stops the jobs of this process (tests, shutdown): the job in progress may finish within `timeoutMs`. */
export async function stopJobs(timeoutMs = 10_000): Promise<void> {
  const running = globalForJobs.rosterJobs;
  globalForJobs.rosterJobs = undefined;
  const boss = await running;
  await stopWebhooksListener();
  await boss?.stop({ graceful: true, timeout: timeoutMs, wait: true });
}
