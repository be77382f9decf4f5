import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { canHandleWorkspaceContacts, lockVisibleWorkspace } from "./visibility";
import { assignWorkspaceContactSchema } from "./schemas";

/**
 * *Assign* a workspace contact to one of the workspace's members, or *Unassign* it (no
 * membershipId). Same people as adding one: workspace managers and the workspace's members.
 */
export const assignWorkspaceContact = defineOrgAction({
  capability: "workspaces.viewAssigned",
  schema: assignWorkspaceContactSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
      if (!canHandleWorkspaceContacts(access, workspace)) throw new AccessError("FORBIDDEN");
      const [contact] = await tx.$queryRaw<{ id: string; name: string; assignedUserId: string | null }[]>`
        SELECT id, name, "assignedUserId" FROM "WorkspaceContact"
        WHERE id = ${input.workspaceContactId} AND "organizationId" = ${organizationId} AND "workspaceId" = ${workspace.id} FOR UPDATE`;
      if (!contact) throw new AppError("NOT_FOUND", "workspaces.errors.contactNotFound", { field: "workspaceContactId" });
      let assignee: { userId: string; name: string } | null = null;
      if (input.membershipId) {
        // The assignee must be a member of this very workspace (and of this organization).
        const [member] = await tx.$queryRaw<{ userId: string; name: string | null; email: string }[]>`
          SELECT m."userId", u.name, u.email FROM "WorkspaceAssignment" a
          JOIN "Membership" m ON m."organizationId" = a."organizationId" AND m.id = a."membershipId"
          JOIN "User" u ON u.id = m."userId"
          WHERE a."organizationId" = ${organizationId} AND a."workspaceId" = ${workspace.id} AND a."membershipId" = ${input.membershipId}
          FOR SHARE OF a`;
        if (!member) throw new AppError("INVALID", "workspaces.errors.notWorkspaceMember", { field: "membershipId" });
        assignee = { userId: member.userId, name: member.name ?? member.email };
      }
      const assignedUserId = assignee?.userId ?? null;
      if (contact.assignedUserId !== assignedUserId) {
        await tx.workspaceContact.update({ where: { id: contact.id, organizationId }, data: { assignedUserId } });
        await audit(tx, actor, {
          organizationId,
          action: assignedUserId ? "workspace_contact.assigned" : "workspace_contact.unassigned",
          targetType: "WorkspaceContact",
          targetId: contact.id,
          metadata: { workspaceId: workspace.id, from: contact.assignedUserId, to: assignedUserId },
        });
      }
      return { id: contact.id, name: contact.name, assignee: assignee?.name ?? null };
    });
  },
});
