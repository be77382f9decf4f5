// *Delete* (SPEC §4 "Users"): in one transaction the membership ends, every
// workspace assignment of the user in this organization goes with it (foreign-key cascade),
// the workspace contacts assigned to them in this organization become unassigned, a pending
// invitation stops working (and the account it made goes, as on Revoke, when nothing else
// holds it: delete-invited-account.ts), and an audit event says who did it. Their contact record, if
// any, is untouched (SPEC §2: organization role and contact are separate). Nobody deletes
// themself; user admins delete MEMBERs only; never the last active ORG_ADMIN.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { canRemoveRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { deleteInvitedAccountIfUnused } from "./delete-invited-account";
import { beginMembershipChange, keepsAnAdmin, lockMembership, withLastAdminGuard } from "./membership-change";
import { membershipIdSchema } from "./schemas";

export const removeUser = defineOrgAction({
  capability: "users.remove",
  schema: membershipIdSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return withLastAdminGuard(
      () =>
        db.$transaction(async (tx) => {
          const actorRole = await beginMembershipChange(tx, access, "users.remove");
          const target = await lockMembership(tx, organizationId, input.membershipId);
          if (target.userId === actor.userId) throw new AppError("SELF_CHANGE", "users.errors.selfDelete", { field: "membershipId" });
          if (!canRemoveRole(actorRole, target.role))
            throw new AppError("ROLE_NOT_ALLOWED", "users.errors.removeNotAllowed", { field: "membershipId" });
          await keepsAnAdmin(tx, organizationId, target, "membershipId");

          const workspaces = await tx.workspaceAssignment.count({ where: { organizationId, membershipId: target.id } });
          // WorkspaceContact.assignedUserId names the global user: only this organization's records change.
          const unassigned = await tx.workspaceContact.updateMany({
            where: { organizationId, assignedUserId: target.userId },
            data: { assignedUserId: null },
          });
          const revoked = await tx.invitation.updateMany({
            where: { organizationId, kind: "USER", email: target.email, acceptedAt: null, revokedAt: null },
            data: { revokedAt: new Date() },
          });
          await tx.membership.delete({ where: { id: target.id, organizationId } });
          await audit(tx, actor, {
            organizationId,
            action: "user.removed",
            targetType: "Membership",
            targetId: target.id,
            metadata: {
              userId: target.userId,
              email: target.email,
              role: target.role,
              status: target.status,
              workspaces,
              unassignedContacts: unassigned.count,
              revokedInvitations: revoked.count,
            },
          });
          if (target.status === "PENDING") {
            await deleteInvitedAccountIfUnused(tx, {
              organizationId,
              userId: target.userId,
              membershipId: target.id,
              reason: "user.removed",
              actor,
            });
          }
          return { membershipId: target.id, name: target.name ?? target.email, workspaces, unassignedContacts: unassigned.count };
        }),
      "membershipId",
    );
  },
});
