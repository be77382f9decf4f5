// Opening a ready export for download (audited): only the organization's own, only while kept.
import type { Readable } from "node:stream";
import { db } from "@/lib/db/prisma";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { idField } from "@/lib/validation/fields";
import { FileNotFound, type FileStorage } from "@/lib/storage/file-storage";

export async function openDataExport(
  access: OrgAccess,
  actor: Actor,
  rawExportId: string,
  storage: FileStorage,
): Promise<{ stream: Readable; fileName: string; bytes: number | null }> {
  const parsed = idField.safeParse(rawExportId);
  const gone = () => new AppError("EXPORT_GONE", "dataExport.errors.gone");
  if (!parsed.success) throw gone();
  const organizationId = access.organization.id;
  const row = await db.dataExport.findFirst({
    where: { id: parsed.data, organizationId, status: "READY", expiresAt: { gt: new Date() } },
    select: { id: true, storageKey: true, fileName: true, bytes: true },
  });
  if (!row?.storageKey) throw gone();
  let stream: Readable;
  try {
    stream = await storage.stream(row.storageKey);
  } catch (error) {
    if (error instanceof FileNotFound) throw gone();
    throw error;
  }
  await db.$transaction((tx) =>
    audit(tx, actor, { organizationId, action: "data_export.downloaded", targetType: "DataExport", targetId: row.id }),
  );
  return { stream, fileName: row.fileName ?? `${access.organization.slug}-export.zip`, bytes: row.bytes };
}
