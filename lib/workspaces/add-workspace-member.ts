import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { lockMembership } from "@/lib/users/membership-change";
import { lockVisibleWorkspace } from "./visibility";
import { workspaceMemberSchema } from "./schemas";

/** *Add member* on a workspace page: changing a user's workspaces (SPEC §2: org admins and user admins). */
export const addWorkspaceMember = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: workspaceMemberSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const workspace = await lockVisibleWorkspace(tx, access, input.workspaceId);
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      const created = await tx.workspaceAssignment.createMany({
        data: [{ organizationId, workspaceId: workspace.id, membershipId: membership.id }],
        skipDuplicates: true,
      });
      if (created.count) {
        await audit(tx, actor, {
          organizationId,
          action: "user.workspaces_changed",
          targetType: "Membership",
          targetId: membership.id,
          metadata: { email: membership.email, added: [workspace.id], removed: [], unassignedContacts: 0, via: "workspace" },
        });
      }
      return { name: membership.name ?? membership.email, added: created.count === 1 };
    });
  },
});
