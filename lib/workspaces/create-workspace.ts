import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { createWorkspaceSchema } from "./schemas";

/** *New workspace* (SPEC §2: org admins and user admins). Names are unique in the organization. */
export const createWorkspace = defineOrgAction({
  capability: "workspaces.manage",
  schema: createWorkspaceSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return onUnique(
      db.$transaction(async (tx) => {
        const workspace = await tx.workspace.create({ data: { organizationId, name: input.name }, select: { id: true, name: true } });
        await audit(tx, actor, {
          organizationId,
          action: "workspace.created",
          targetType: "Workspace",
          targetId: workspace.id,
          metadata: { name: input.name },
        });
        return workspace;
      }),
      () => new AppError("DUPLICATE", "workspaces.errors.duplicate", { field: "name" }),
    );
  },
});
