// *Edit* → organization role (SPEC §2: org admins only; nobody changes their own role; the
// last active ORG_ADMIN is never demoted — checked here after locking the organization, and
// guaranteed by the database trigger whatever runs at the same moment).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { canAssignRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { beginMembershipChange, keepsAnAdmin, lockMembership, withLastAdminGuard } from "./membership-change";
import { changeUserRoleSchema } from "./schemas";

export const changeUserRole = defineOrgAction({
  capability: "users.changeRole",
  schema: changeUserRoleSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return withLastAdminGuard(
      () =>
        db.$transaction(async (tx) => {
          const actorRole = await beginMembershipChange(tx, access, "users.changeRole");
          const target = await lockMembership(tx, organizationId, input.membershipId);
          if (target.userId === actor.userId) throw new AppError("SELF_CHANGE", "users.errors.selfRole", { field: "role" });
          if (!canAssignRole(actorRole, input.role))
            throw new AppError("ROLE_NOT_ALLOWED", "users.errors.roleNotAllowed", { field: "role" });
          const result = { membershipId: target.id, name: target.name ?? target.email, role: input.role, previousRole: target.role };
          if (target.role === input.role) return result;
          if (input.role !== "ORG_ADMIN") await keepsAnAdmin(tx, organizationId, target, "role");
          await tx.membership.update({ where: { id: target.id, organizationId }, data: { role: input.role } });
          await audit(tx, actor, {
            organizationId,
            action: "user.role_changed",
            targetType: "Membership",
            targetId: target.id,
            metadata: { email: target.email, from: target.role, to: input.role, status: target.status },
          });
          return result;
        }),
      "role",
    );
  },
});
