import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { lockVisibleWorkspace } from "./visibility";
import { renameWorkspaceSchema } from "./schemas";

/** *Rename* (SPEC §2: org admins and user admins). */
export const renameWorkspace = defineOrgAction({
  capability: "workspaces.manage",
  schema: renameWorkspaceSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return onUnique(
      db.$transaction(async (tx) => {
        const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
        if (workspace.name === input.name) return { id: workspace.id, name: workspace.name };
        await tx.workspace.update({ where: { id: workspace.id, organizationId }, data: { name: input.name } });
        await audit(tx, actor, {
          organizationId,
          action: "workspace.renamed",
          targetType: "Workspace",
          targetId: workspace.id,
          metadata: { from: workspace.name, to: input.name },
        });
        return { id: workspace.id, name: input.name };
      }),
      () => new AppError("DUPLICATE", "workspaces.errors.duplicate", { field: "name" }),
    );
  },
});
