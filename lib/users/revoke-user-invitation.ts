// *Revoke* beside a pending user: the link stops working at once and the pending membership
// (with the workspaces it was given) goes; so does the account, when the invitation made it
// and nothing else holds it (delete-invited-account.ts); nothing else of the person changes.
// A user admin revokes only the invitations of roles they may give (MEMBER).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { canAssignRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { deleteInvitedAccountIfUnused } from "./delete-invited-account";
import { beginMembershipChange, lockMembership } from "./membership-change";
import { membershipIdSchema } from "./schemas";

export const revokeUserInvitation = defineOrgAction({
  capability: "users.add",
  schema: membershipIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ email: string }> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const actorRole = await beginMembershipChange(tx, access, "users.add");
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      if (membership.status !== "PENDING") throw new AppError("NOT_PENDING", "users.errors.notPending", { field: "membershipId" });
      if (!canAssignRole(actorRole, membership.role))
        throw new AppError("ROLE_NOT_ALLOWED", "users.errors.roleNotAllowed", { field: "membershipId" });
      const revoked = await tx.invitation.updateMany({
        where: { organizationId, kind: "USER", email: membership.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await tx.workspaceContact.updateMany({
        where: { organizationId, assignedUserId: membership.userId },
        data: { assignedUserId: null },
      });
      await tx.membership.delete({ where: { id: membership.id, organizationId } });
      await audit(tx, actor, {
        organizationId,
        action: "invitation.revoked",
        targetType: "Membership",
        targetId: membership.id,
        metadata: { kind: "USER", email: membership.email, role: membership.role, invitations: revoked.count },
      });
      await deleteInvitedAccountIfUnused(tx, {
        organizationId,
        userId: membership.userId,
        membershipId: membership.id,
        reason: "invitation.revoked",
        actor,
      });
      return { email: membership.email };
    });
  },
});
