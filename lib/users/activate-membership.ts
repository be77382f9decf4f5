// The user-invitation half of accepting an invitation (lib/invitations/accept-invitation.ts):
// the signed-in person must be the one the invitation is bound to; their PENDING membership
// (with the role and workspaces admins gave it meanwhile) becomes ACTIVE. Runs inside the
// accept transaction, after the invitation row is locked.
import type { Tx } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { maskEmail } from "@/lib/invitations/mask-email";

type Invitation = { id: string; organizationId: string; email: string | null; orgRole: OrgRole | null; workspaceIds: string[] };

export async function activateMembership(
  tx: Tx,
  invitation: Invitation,
  user: { id: string; email: string },
): Promise<{ membershipId: string; role: OrgRole; created: boolean }> {
  if (!invitation.email || invitation.email !== user.email) {
    throw new AppError("WRONG_ACCOUNT", "users.errors.wrongAccount", { params: { expected: maskEmail(invitation.email ?? "") } });
  }
  const organizationId = invitation.organizationId;
  const [membership] = await tx.$queryRaw<{ id: string; role: OrgRole; status: string }[]>`
    SELECT id, role::text AS role, status::text AS status FROM "Membership" WHERE "organizationId" = ${organizationId} AND "userId" = ${user.id} FOR UPDATE`;
  if (membership) {
    if (membership.status !== "ACTIVE") {
      await tx.membership.update({ where: { id: membership.id, organizationId }, data: { status: "ACTIVE", lastActiveAt: new Date() } });
    }
    return { membershipId: membership.id, role: membership.role, created: false };
  }
  // Revoking or deleting a pending member revokes the invitation too; should the membership be
  // gone anyway, the invitation still says what it offered.
  const role = invitation.orgRole ?? "MEMBER";
  const created = await tx.membership.create({
    data: { organizationId, userId: user.id, role, status: "ACTIVE", lastActiveAt: new Date() },
    select: { id: true },
  });
  const workspaces = await tx.workspace.findMany({ where: { organizationId, id: { in: invitation.workspaceIds } }, select: { id: true } });
  if (workspaces.length) {
    await tx.workspaceAssignment.createMany({
      data: workspaces.map((w) => ({ organizationId, workspaceId: w.id, membershipId: created.id })),
      skipDuplicates: true,
    });
  }
  return { membershipId: created.id, role, created: true };
}
