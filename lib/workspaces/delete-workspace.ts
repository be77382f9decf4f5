import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { workspaceNotFound } from "./visibility";
import { workspaceIdSchema } from "./schemas";

/**
 * *Delete* a workspace (SPEC §2: org admins and user admins): its members lose it and its
 * workspace contacts are deleted with it (foreign-key cascade), in one transaction with
 * the audit event that records what was lost.
 */
export const deleteWorkspace = defineOrgAction({
  capability: "workspaces.manage",
  schema: workspaceIdSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const [workspace] = await tx.$queryRaw<{ id: string; name: string }[]>`
        SELECT id, name FROM "Workspace" WHERE id = ${input.workspaceId} AND "organizationId" = ${organizationId} FOR UPDATE`;
      if (!workspace) throw workspaceNotFound();
      const [members, contacts] = await Promise.all([
        tx.workspaceAssignment.count({ where: { organizationId, workspaceId: workspace.id } }),
        tx.workspaceContact.count({ where: { organizationId, workspaceId: workspace.id } }),
      ]);
      await tx.workspace.delete({ where: { id: workspace.id, organizationId } });
      await audit(tx, actor, {
        organizationId,
        action: "workspace.deleted",
        targetType: "Workspace",
        targetId: workspace.id,
        metadata: { name: workspace.name, members, contacts },
      });
      return { id: workspace.id, name: workspace.name, members, contacts };
    });
  },
});
