// The preview job: reads the import's file, plans every row against the organization as it
// is, and writes the rows (kind, before → after, or the reason of an error), the counts and
// the plan's fingerprint. Writes nothing else: the organization is unchanged until Apply.
// Claimed once (PREVIEWING with its file still there), so a repeated job does nothing.
import { db as defaultDb, type Db } from "@/lib/db/prisma";
import { AccessError } from "@/lib/errors/app-error";
import type { Locale } from "@/lib/i18n";
import { ImportFileError } from "./import-errors";
import { loadPlanContext } from "./load-plan-context";
import { planImport, type PlannedRow } from "./plan-import";
import { readUsersCsv } from "./read-users-csv";

const WRITE_CHUNK = 5_000;

export async function runImportPreview(importId: string, db: Db = defaultDb): Promise<"done" | "rejected" | "skipped"> {
  // Claimed once: the first run moves the progress off 0; a repeated job finds nothing to do.
  const [job] = await db.$queryRaw<{ organizationId: string; createdById: string | null; source: Uint8Array | null; locale: Locale }[]>`
    UPDATE "UserImport" SET progress = 1
    WHERE id = ${importId} AND status = 'PREVIEWING' AND progress = 0 AND source IS NOT NULL
    RETURNING "organizationId", "createdById", source, locale::text AS locale`;
  if (!job?.source || !job.createdById) return "skipped";
  try {
    const lines = readUsersCsv(job.source);
    await setProgress(db, importId, 10);
    const context = await loadPlanContext(
      db,
      job.organizationId,
      job.createdById,
      lines.map((line) => line.email),
      job.locale,
    );
    // A cancelled organization is read-only: it imports nothing, not even a preview.
    if (context.cancelled) throw new ImportFileError("users.import.errors.readOnly");
    const plan = planImport(lines, context);
    const workspaceNames = new Map(context.workspaces.map((w) => [w.id, w.name]));
    await db.$transaction(
      async (tx) => {
        await tx.userImportRow.deleteMany({ where: { importId } });
        for (let at = 0; at < plan.rows.length; at += WRITE_CHUNK) {
          // One statement per chunk: the rows as one JSON document, read by jsonb_to_recordset.
          const chunk = JSON.stringify(plan.rows.slice(at, at + WRITE_CHUNK).map((row) => rowData(importId, row, workspaceNames)));
          await tx.$executeRaw`
            INSERT INTO "UserImportRow" ("importId", line, kind, email, name, role, workspaces, language, "membershipId",
              "roleBefore", "workspacesBefore", "roleAfter", "workspacesAfter", "reasonKey", "reasonParams")
            SELECT r."importId", r.line, r.kind::"UserImportRowKind", r.email, r.name, r.role, r.workspaces, r.language, r."membershipId",
              r."roleBefore", r."workspacesBefore", r."roleAfter", r."workspacesAfter", r."reasonKey", r."reasonParams"
            FROM jsonb_to_recordset(${chunk}::jsonb) AS r("importId" text, line int, kind text, email text, name text, role text,
              workspaces text, language text, "membershipId" text, "roleBefore" text, "workspacesBefore" text[], "roleAfter" text,
              "workspacesAfter" text[], "reasonKey" text, "reasonParams" jsonb)`;
        }
        await tx.userImport.update({
          where: { id: importId },
          data: {
            status: "READY",
            progress: 100,
            source: null,
            previewedAt: new Date(),
            fingerprint: plan.fingerprint,
            addCount: plan.counts.ADD,
            updateCount: plan.counts.UPDATE,
            unchangedCount: plan.counts.UNCHANGED,
            errorCount: plan.counts.ERROR,
          },
        });
      },
      { timeout: 120_000 },
    );
    return "done";
  } catch (error) {
    const refusal =
      error instanceof ImportFileError
        ? { errorKey: error.messageKey, errorParams: error.params }
        : error instanceof AccessError
          ? { errorKey: "users.import.errors.noLongerAllowed", errorParams: {} }
          : null;
    if (!refusal) console.error("[user-import] preview failed:", error);
    await db.userImport.update({
      where: { id: importId },
      data: {
        status: "REJECTED",
        source: null,
        progress: 100,
        ...(refusal ?? { errorKey: "users.import.errors.failed", errorParams: {} }),
      },
    });
    return "rejected";
  }
}

async function setProgress(db: Db, importId: string, progress: number): Promise<void> {
  await db.userImport.updateMany({ where: { id: importId, status: { in: ["PREVIEWING", "APPLYING"] } }, data: { progress } });
}

export { setProgress as setImportProgress };

function rowData(importId: string, row: PlannedRow, workspaceNames: ReadonlyMap<string, string>) {
  const names = (ids: readonly string[]) => ids.map((id) => workspaceNames.get(id) ?? id);
  return {
    importId,
    line: row.line,
    kind: row.kind,
    email: row.email,
    name: row.name,
    role: row.role,
    workspaces: row.workspaces,
    language: row.language,
    membershipId: row.member?.membershipId ?? null,
    roleBefore: row.member?.role ?? null,
    workspacesBefore: row.member ? names(row.member.workspaceIds) : [],
    roleAfter: row.kind === "ERROR" ? null : row.roleAfter,
    workspacesAfter: row.kind === "ERROR" ? [] : names(row.workspaceIdsAfter),
    reasonKey: row.reasonKey,
    reasonParams: row.reasonParams,
  };
}
