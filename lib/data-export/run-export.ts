// A data export's life: requested (one at a time per organization, audited), written by the
// background job (claimed once, even with several app instances; resumable: a run whose
// worker died is taken again after a while), ready for 7 days (the org admin who asked is
// emailed), then its file deleted.
import { db as defaultDb, type Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { onUnique } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { notify } from "@/lib/notifications/notify";
import type { FileStorage } from "@/lib/storage/file-storage";
import { zipExport } from "./zip-export";

export const EXPORT_KEEP_DAYS = 7;
/** A RUNNING export whose worker stopped is taken again after this long. */
export const EXPORT_STALE_MINUTES = 15;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Records the request; refused (EXPORT_RUNNING) while another export of the organization waits or runs. */
export async function requestDataExport(db: Db, organizationId: string, actor: Actor): Promise<{ id: string }> {
  return onUnique(
    db.$transaction(async (tx) => {
      const running = await tx.dataExport.count({ where: { organizationId, status: { in: ["PENDING", "RUNNING"] } } });
      if (running) throw new AppError("EXPORT_RUNNING", "dataExport.errors.running");
      const row = await tx.dataExport.create({ data: { organizationId, requestedById: actor.userId }, select: { id: true } });
      await audit(tx, actor, { organizationId, action: "data_export.requested", targetType: "DataExport", targetId: row.id });
      return row;
    }),
    () => new AppError("EXPORT_RUNNING", "dataExport.errors.running"),
  );
}

/** Writes the export's ZIP to `storage`; does nothing when another worker has it or it is done. */
export async function runDataExport(exportId: string, storage: FileStorage, db: Db = defaultDb): Promise<"done" | "skipped" | "failed"> {
  const staleBefore = new Date(Date.now() - EXPORT_STALE_MINUTES * 60 * 1000);
  const claimed = await db.dataExport.updateMany({
    where: { id: exportId, OR: [{ status: "PENDING" }, { status: "RUNNING", startedAt: { lt: staleBefore } }] },
    data: { status: "RUNNING", startedAt: new Date(), progress: 0 },
  });
  if (!claimed.count) return "skipped";
  const row = await db.dataExport.findUniqueOrThrow({
    where: { id: exportId },
    select: { organizationId: true, organization: { select: { id: true, name: true, slug: true } } },
  });
  const organizationId = row.organizationId;
  const fileName = `${row.organization.slug}-export-${new Date().toISOString().slice(0, 10)}.zip`;
  const storageKey = `${organizationId}/${exportId}.zip`;
  try {
    const zip = zipExport(db, row.organization, async (done, total) => {
      // The last entity's 100 % is written with READY.
      if (done < total) await db.dataExport.update({ where: { id: exportId }, data: { progress: Math.floor((done * 100) / total) } });
    });
    const { bytes } = await storage.put(storageKey, zip);
    await db.$transaction(async (tx) => {
      const completedAt = new Date();
      await tx.dataExport.update({
        where: { id: exportId },
        data: {
          status: "READY",
          progress: 100,
          storageKey,
          fileName,
          bytes,
          completedAt,
          expiresAt: new Date(completedAt.getTime() + EXPORT_KEEP_DAYS * DAY_MS),
        },
      });
      await audit(tx, null, {
        organizationId,
        action: "data_export.completed",
        targetType: "DataExport",
        targetId: exportId,
        metadata: { bytes },
      });
      // The page promises an email: it commits with READY (the job wakes the mail worker after).
      await notify(tx, { kind: "data_export_ready", organizationId, exportId });
    });
    return "done";
  } catch (error) {
    console.error("[data-export] failed:", error);
    await storage.delete(storageKey).catch(() => {});
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    await db.$transaction(async (tx) => {
      await tx.dataExport.update({ where: { id: exportId }, data: { status: "FAILED", error: message, completedAt: new Date() } });
      await audit(tx, null, {
        organizationId,
        action: "data_export.failed",
        targetType: "DataExport",
        targetId: exportId,
        metadata: { error: message },
      });
    });
    return "failed";
  }
}

/** Exports waiting (or whose worker stopped): what the job runs when it starts, so none is lost. */
export async function pendingDataExports(db: Db = defaultDb): Promise<string[]> {
  const staleBefore = new Date(Date.now() - EXPORT_STALE_MINUTES * 60 * 1000);
  const rows = await db.dataExport.findMany({
    where: { OR: [{ status: "PENDING" }, { status: "RUNNING", startedAt: { lt: staleBefore } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  return rows.map((row) => row.id);
}

/** Deletes the files of exports past their 7 days; each one audited. Returns how many. */
export async function expireDataExports(storage: FileStorage, db: Db = defaultDb, now = new Date()): Promise<number> {
  const due = await db.dataExport.findMany({
    where: { status: "READY", expiresAt: { lte: now } },
    select: { id: true, organizationId: true, storageKey: true },
    take: 500,
  });
  let expired = 0;
  for (const row of due) {
    if (row.storageKey) await storage.delete(row.storageKey);
    await db.$transaction(async (tx) => {
      const changed = await tx.dataExport.updateMany({
        where: { id: row.id, status: "READY" },
        data: { status: "EXPIRED", storageKey: null },
      });
      if (changed.count) {
        expired++;
        await audit(tx, null, {
          organizationId: row.organizationId,
          action: "data_export.expired",
          targetType: "DataExport",
          targetId: row.id,
        });
      }
    });
  }
  return expired;
}
