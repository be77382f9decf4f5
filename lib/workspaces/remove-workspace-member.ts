import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { lockMembership } from "@/lib/users/membership-change";
import { replaceAssignments } from "@/lib/users/replace-assignments";
import { lockVisibleWorkspace } from "./visibility";
import { workspaceMemberSchema } from "./schemas";

/** *Remove* a member from a workspace; the workspace contacts they handled there become unassigned. */
export const removeWorkspaceMember = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: workspaceMemberSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      const current = await tx.workspaceAssignment.findMany({
        where: { organizationId, membershipId: membership.id },
        select: { workspaceId: true },
      });
      const change = await replaceAssignments(
        tx,
        organizationId,
        membership,
        current.map((a) => a.workspaceId).filter((id) => id !== workspace.id),
      );
      if (change.removed.length) {
        await audit(tx, actor, {
          organizationId,
          action: "user.workspaces_changed",
          targetType: "Membership",
          targetId: membership.id,
          metadata: {
            email: membership.email,
            added: [],
            removed: change.removed,
            unassignedContacts: change.unassignedContacts,
            via: "workspace",
          },
        });
      }
      return {
        name: membership.name ?? membership.email,
        removed: change.removed.length === 1,
        unassignedContacts: change.unassignedContacts,
      };
    });
  },
});
