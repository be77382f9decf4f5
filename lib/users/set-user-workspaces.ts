// *Edit* → workspaces (SPEC §2 "change a user's workspaces": org admins and user admins, for
// any user of the organization). Replaces the user's set; leaving a workspace unassigns the
// workspace contacts they handled there.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { beginMembershipChange, lockMembership } from "./membership-change";
import { replaceAssignments } from "./replace-assignments";
import { setUserWorkspacesSchema } from "./schemas";

export const setUserWorkspaces = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: setUserWorkspacesSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      await beginMembershipChange(tx, access, "users.changeWorkspaces");
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      const change = await replaceAssignments(tx, organizationId, membership, input.workspaceIds);
      if (change.added.length || change.removed.length) {
        await audit(tx, actor, {
          organizationId,
          action: "user.workspaces_changed",
          targetType: "Membership",
          targetId: membership.id,
          metadata: {
            email: membership.email,
            added: change.added,
            removed: change.removed,
            unassignedContacts: change.unassignedContacts,
          },
        });
      }
      return { membershipId: membership.id, name: membership.name ?? membership.email, ...change };
    });
  },
});
