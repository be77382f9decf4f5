// Where an import's steps go: the job worker of this process when it runs one (lib/jobs
// registers it), else the background of this process (a script, the tests). Kept here so the
// use cases never import the job runner.
import type PgBoss from "pg-boss";
import type { Actor } from "@/lib/auth/access";

export const USER_IMPORT_QUEUE = "user-import";

export type UserImportJob = { step: "preview"; importId: string } | { step: "apply"; importId: string; actor: Actor };

type Worker = { boss: PgBoss; workerId: string };
type LocalRunner = (job: UserImportJob) => Promise<void>;

const globalForImports = globalThis as unknown as { rosterImportWorker?: Worker };

/** lib/jobs: this process's job worker takes the steps from now on. */
export function setUserImportWorker(worker: Worker): void {
  globalForImports.rosterImportWorker = worker;
}

/** Sends the step to the job worker and wakes it; without one, runs it in this process's background. */
export async function queueUserImport(job: UserImportJob): Promise<void> {
  const worker = globalForImports.rosterImportWorker;
  if (!worker) {
    const { runUserImportStep } = (await import("./run-user-import-step")) as { runUserImportStep: LocalRunner };
    setImmediate(() => void runUserImportStep(job).catch((error) => console.error("[user-import] step failed:", error)));
    return;
  }
  await worker.boss.send(USER_IMPORT_QUEUE, job, { singletonKey: `${job.step}:${job.importId}` });
  worker.boss.notifyWorker(worker.workerId);
}
