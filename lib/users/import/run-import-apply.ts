// The apply job: every valid row of the preview in ONE transaction, or none. Inside it, after
// locking the organization (as every membership change does), the file is planned again
// against the organization as it is now; a plan that differs from the preview's (someone
// changed a user, a workspace, a role meanwhile) is refused — "the users changed since the
// preview" — with nothing written. Progress is written outside the transaction, so the page
// shows it while the transaction runs.
import { db as defaultDb, type Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { ORG_ROLE_CAPABILITIES } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { withLastAdminGuard } from "@/lib/users/membership-change";
import { kickMailWorker } from "@/lib/mail/worker";
import { loadPlanContext } from "./load-plan-context";
import { planImport } from "./plan-import";
import type { ImportedLine } from "./read-users-csv";
import { setImportProgress } from "./run-import-preview";
import { writeImportChanges } from "./write-import-changes";

/** A 10,000-row file writes for a few seconds; far above that, something is wrong. */
const APPLY_TIMEOUT_MS = 5 * 60 * 1000;

export async function runImportApply(importId: string, actor: Actor, db: Db = defaultDb): Promise<"done" | "failed" | "skipped"> {
  const job = await db.userImport.findFirst({
    where: { id: importId, status: "APPLYING" },
    select: { organizationId: true, fingerprint: true, locale: true },
  });
  if (!job) return "skipped";
  const organizationId = job.organizationId;
  try {
    const lines: ImportedLine[] = await db.userImportRow.findMany({
      where: { importId },
      orderBy: { line: "asc" },
      select: { line: true, email: true, name: true, role: true, workspaces: true, language: true },
    });
    const result = await withLastAdminGuard(() =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR NO KEY UPDATE`;
          const context = await loadPlanContext(
            tx,
            organizationId,
            actor.userId,
            lines.map((line) => line.email),
            job.locale,
          );
          if (context.cancelled) throw new AccessError("READ_ONLY");
          if (!ORG_ROLE_CAPABILITIES[context.uploader.role].includes("users.add")) throw new AccessError("FORBIDDEN");
          const plan = planImport(lines, context);
          if (plan.fingerprint !== job.fingerprint) throw new AppError("CONFLICT", "users.import.errors.stale");
          const written = await writeImportChanges(tx, { organizationId, importId, actor }, plan.rows, async (done, total) => {
            if (total) await setImportProgress(db, importId, Math.min(99, Math.floor((done * 100) / total)));
          });
          await audit(tx, actor, {
            organizationId,
            action: "users_import.applied",
            targetType: "UserImport",
            targetId: importId,
            metadata: { added: written.added, changed: written.updated, importId },
          });
          await tx.userImport.update({ where: { id: importId }, data: { status: "APPLIED", progress: 100, appliedAt: new Date() } });
          return written;
        },
        { timeout: APPLY_TIMEOUT_MS, maxWait: 30_000 },
      ),
    );
    if (result.added) kickMailWorker();
    return "done";
  } catch (error) {
    const errorKey =
      error instanceof AccessError
        ? error.code === "READ_ONLY"
          ? "users.import.errors.readOnly"
          : "users.import.errors.noLongerAllowed"
        : error instanceof AppError
          ? error.messageKey
          : "users.import.errors.failed";
    if (errorKey === "users.import.errors.failed") console.error("[user-import] apply failed:", error);
    await db.userImport.update({ where: { id: importId }, data: { status: "APPLY_FAILED", progress: 100, errorKey, errorParams: {} } });
    return "failed";
  }
}
