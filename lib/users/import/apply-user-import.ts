// Users → Import users → *Apply*: hands the previewed import to the apply job (org admins and
// user admins; refused while the organization is cancelled). Claimed here from READY to
// APPLYING, so a second click, or a second person, starts nothing more.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { idField } from "@/lib/validation/fields";
import { queueUserImport } from "@/lib/users/user-import-queue";

export const applyUserImportSchema = z.object({ importId: idField });

export const applyUserImport = defineOrgAction({
  capability: "users.add",
  schema: applyUserImportSchema,
  write: true,
  async run({ access, actor, input }) {
    const claimed = await db.userImport.updateMany({
      where: { id: input.importId, organizationId: access.organization.id, status: "READY" },
      data: { status: "APPLYING", progress: 0, applyStartedAt: new Date() },
    });
    if (!claimed.count) throw new AppError("CONFLICT", "users.import.errors.notReady");
    await queueUserImport({ step: "apply", importId: input.importId, actor });
    return { importId: input.importId };
  },
});
