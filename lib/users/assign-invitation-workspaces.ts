// The second step of *Add user*: *Assign workspace* (up to 10, SPEC §1) for the person just
// invited, or *Skip*. The pending membership gets the workspaces at once (so the invitee has
// them when they accept) and the invitation records what it brought.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { beginMembershipChange, lockMembership } from "./membership-change";
import { replaceAssignments } from "./replace-assignments";
import { assignInvitationWorkspacesSchema } from "./schemas";

export const assignInvitationWorkspaces = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: assignInvitationWorkspacesSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      await beginMembershipChange(tx, access, "users.changeWorkspaces");
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      if (membership.status !== "PENDING") throw new AppError("NOT_PENDING", "users.errors.notPending", { field: "membershipId" });
      const change = await replaceAssignments(tx, organizationId, membership, input.workspaceIds);
      await tx.invitation.updateMany({
        where: { organizationId, kind: "USER", email: membership.email, acceptedAt: null, revokedAt: null },
        data: { workspaceIds: input.workspaceIds },
      });
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
          step: "invitation",
        },
      });
      return { membershipId: membership.id, workspaces: input.workspaceIds.length };
    });
  },
});
