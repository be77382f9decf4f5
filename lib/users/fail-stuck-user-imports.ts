// An import whose step stopped halfway (its process killed, the machine restarted) would show
// "Previewing…" or "Applying…" forever. A step takes seconds and its job expires after 15
// minutes, so one still in a step after 20 is dead: it is marked failed with the reason, and
// the person uploads or previews again. Nothing is lost: a preview writes only its own rows,
// and an apply is one transaction, rolled back with its process.
import { db as defaultDb, type Db } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";

export const STUCK_IMPORT_MINUTES = 20;

/** Marks the imports stuck in a step as failed, each audited; returns how many. */
export async function failStuckImports(db: Db = defaultDb, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - STUCK_IMPORT_MINUTES * 60 * 1000);
  return db.$transaction(async (tx) => {
    const failed = await tx.$queryRaw<{ id: string; organizationId: string; step: "preview" | "apply" }[]>`
      UPDATE "UserImport" SET
        status = (CASE WHEN status = 'PREVIEWING' THEN 'REJECTED' ELSE 'APPLY_FAILED' END)::"UserImportStatus",
        progress = 100,
        source = NULL,
        "errorKey" = CASE WHEN status = 'PREVIEWING' THEN 'users.import.errors.previewInterrupted'
                          ELSE 'users.import.errors.applyInterrupted' END,
        "errorParams" = '{}'::jsonb
      WHERE (status = 'PREVIEWING' AND "createdAt" < ${before}) OR (status = 'APPLYING' AND "applyStartedAt" < ${before})
      RETURNING id, "organizationId", CASE WHEN status = 'REJECTED' THEN 'preview' ELSE 'apply' END AS step`;
    await audit(
      tx,
      null,
      failed.map((row) => ({
        organizationId: row.organizationId,
        action: "users_import.interrupted" as const,
        targetType: "UserImport" as const,
        targetId: row.id,
        metadata: { step: row.step },
      })),
    );
    return failed.length;
  });
}
