// Users → Import users → the file: kept on a new import (org admins and user admins; refused
// while the organization is cancelled, like every change), then previewed by a background job.
// Nothing of the organization changes here: the request returns at once.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { queueUserImport } from "@/lib/users/user-import-queue";
import { MAX_IMPORT_BYTES } from "./import-limits";

/** A file from the form (a Blob with a name); FormData's other values are not files. */
const fileField = z.custom<File>((value) => typeof Blob !== "undefined" && value instanceof Blob, { error: "users.import.errors.noFile" });

export const uploadUserImportSchema = z.object({ file: fileField });

export const uploadUserImport = defineOrgAction({
  capability: "users.add",
  schema: uploadUserImportSchema,
  write: true,
  async run({ access, actor, input, locale }) {
    const file = input.file;
    if (file.size === 0) throw new AppError("INVALID", "users.import.errors.empty", { field: "file" });
    // Refused on its size alone, before a byte of it is read.
    if (file.size > MAX_IMPORT_BYTES)
      throw new AppError("TOO_LARGE", "users.import.errors.tooLarge", { field: "file", params: { max: MAX_IMPORT_BYTES / 1_000_000 } });
    const source = new Uint8Array(await file.arrayBuffer());
    const fileName = (file.name || "users.csv").slice(0, 200);
    const organizationId = access.organization.id;
    const row = await db.$transaction(async (tx) => {
      const created = await tx.userImport.create({
        data: { organizationId, createdById: actor.userId, fileName, source, locale },
        select: { id: true },
      });
      await audit(tx, actor, {
        organizationId,
        action: "users_import.uploaded",
        targetType: "UserImport",
        targetId: created.id,
        metadata: { fileName, bytes: file.size },
      });
      return created;
    });
    await queueUserImport({ step: "preview", importId: row.id });
    return { importId: row.id };
  },
});
