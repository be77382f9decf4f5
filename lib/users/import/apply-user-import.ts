// Users → Import users → *Apply*: hands the previewed import to the apply job (org admins and
// user admins; refused while the organization is cancelled). Claimed here from READY to
// APPLYING, so a second click, or a second person, starts nothing more.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { idField } from "@/lib/validation/fields";
import { queueUserImport } from "@/lib/users/user-import-queue";

export const applyUserImportSchema = z.object({ importId: idField });

export const applyUserImport = defineOrgAction({
  capability: "users.add",
  schema: applyUserImportSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    await db.$transaction(async (tx) => {
      const claimed = await tx.userImport.updateMany({
        where: { id: input.importId, organizationId, status: "READY" },
        data: { status: "APPLYING", progress: 0, applyStartedAt: new Date() },
      });
      if (!claimed.count) throw new AppError("CONFLICT", "users.import.errors.notReady");
      await audit(tx, actor, {
        organizationId,
        action: "users_import.apply_requested",
        targetType: "UserImport",
        targetId: input.importId,
      });
    });
    await queueUserImport({ step: "apply", importId: input.importId, actor });
    return { importId: input.importId };
  },
});
