// One step of an import, whoever runs it (the job worker, or this process without one).
import type { Db } from "@/lib/db/prisma";
import type { UserImportJob } from "./user-import-queue";
import { runImportApply } from "./import/run-import-apply";
import { runImportPreview } from "./import/run-import-preview";

export async function runUserImportStep(job: UserImportJob, db?: Db): Promise<void> {
  if (job.step === "preview") await runImportPreview(job.importId, db);
  else await runImportApply(job.importId, job.actor, db);
}
