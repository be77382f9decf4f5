// Actions on a selection of the users list (SPEC §4 "Users": bulk): Change role, Assign
// workspace, Remove from workspace, Delete — on the rows picked, or on every user matching the
// list's filter. With `confirm` unset it answers what would happen (the count, and what is
// skipped and why) for the confirmation; with it, it does that in one transaction: the
// organization locked as for every membership change, the selection read again and planned
// again by SPEC §2 row by row (plan-bulk-change.ts), the changes written, one audit event each.
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { defineOrgAction } from "@/lib/actions/define-action";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import type { Capability } from "@/lib/auth/capabilities";
import { AppError } from "@/lib/errors/app-error";
import { audit, type AuditedChange } from "@/lib/audit/audit";
import { idField, searchField } from "@/lib/validation/fields";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { orgRoleField, USER_STATUSES } from "../schemas";
import { beginMembershipChange, withLastAdminGuard } from "../membership-change";
import { deleteInvitedAccountIfUnused } from "../delete-invited-account";
import { userListFilters } from "../list-users";
import { planBulkChange, type BulkOperation, type BulkTarget, type SkipReason } from "./plan-bulk-change";

/** A selection is at most this many rows picked one by one; "all matching" has no such bound. */
export const MAX_PICKED = 1000;

const selectionField = z.union([
  z.object({ ids: z.array(idField).min(1).max(MAX_PICKED) }),
  z.object({
    filter: z.object({
      q: searchField,
      role: z.enum(ORG_ROLES).optional(),
      status: z.enum(USER_STATUSES).optional(),
    }),
  }),
]);

const base = { selection: selectionField, confirm: z.boolean().optional() };

export type BulkOutcome = { done: boolean; count: number; skipped: { reason: SkipReason; count: number }[] };

async function runBulk(
  access: OrgAccess,
  actor: Actor,
  capability: Capability,
  selection: z.output<typeof selectionField>,
  operation: BulkOperation,
  confirm: boolean,
): Promise<BulkOutcome> {
  const organizationId = access.organization.id;
  return withLastAdminGuard(() =>
    db.$transaction(
      async (tx) => {
        const actorRole = await beginMembershipChange(tx, access, capability);
        if (operation.kind === "assignWorkspace" || operation.kind === "removeWorkspace") {
          const found = await tx.workspace.count({ where: { organizationId, id: operation.workspaceId } });
          if (!found) throw new AppError("NOT_FOUND", "users.errors.unknownWorkspace", { field: "workspaceId" });
        }
        const [targets, admins] = await Promise.all([
          lockSelection(tx, organizationId, selection),
          tx.membership.findMany({ where: { organizationId, role: "ORG_ADMIN", status: "ACTIVE" }, select: { id: true } }),
        ]);
        const plan = planBulkChange(
          targets,
          { userId: actor.userId, role: actorRole },
          operation,
          admins.map((admin) => admin.id),
        );
        const counts = new Map<SkipReason, number>();
        for (const { reason } of plan.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
        const outcome = { done: confirm, count: plan.apply.length, skipped: [...counts].map(([reason, count]) => ({ reason, count })) };
        if (confirm && plan.apply.length) await write(tx, organizationId, actor, operation, plan.apply);
        return outcome;
      },
      { timeout: 60_000 },
    ),
  );
}

/** The selected memberships of the organization, locked (another organization's ids are not found, so not changed). */
async function lockSelection(tx: Tx, organizationId: string, selection: z.output<typeof selectionField>): Promise<BulkTarget[]> {
  const where =
    "ids" in selection
      ? Prisma.sql`m."organizationId" = ${organizationId} AND m.id = ANY(${selection.ids}::text[])`
      : userListFilters(organizationId, selection.filter);
  return tx.$queryRaw<BulkTarget[]>`
    SELECT m.id AS "membershipId", m."userId", u.email, m.role::text AS role, m.status::text AS status,
      ARRAY(SELECT wa."workspaceId" FROM "WorkspaceAssignment" wa WHERE wa."membershipId" = m.id AND wa."organizationId" = m."organizationId")
        AS "workspaceIds"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE ${where}
    ORDER BY m.id
    FOR UPDATE OF m`;
}

async function write(tx: Tx, organizationId: string, actor: Actor, operation: BulkOperation, targets: BulkTarget[]): Promise<void> {
  const ids = targets.map((target) => target.membershipId);
  const events: AuditedChange[] = [];
  const event = (target: BulkTarget, action: AuditedChange["action"], metadata: Record<string, Prisma.InputJsonValue | null>) =>
    events.push({
      organizationId,
      action,
      targetType: "Membership",
      targetId: target.membershipId,
      metadata: { ...metadata, selection: true },
    });
  switch (operation.kind) {
    case "changeRole":
      await tx.membership.updateMany({ where: { organizationId, id: { in: ids } }, data: { role: operation.role } });
      for (const target of targets)
        event(target, "user.role_changed", { email: target.email, from: target.role, to: operation.role, status: target.status });
      break;
    case "assignWorkspace":
      await tx.workspaceAssignment.createMany({
        data: ids.map((membershipId) => ({ organizationId, workspaceId: operation.workspaceId, membershipId })),
        skipDuplicates: true,
      });
      for (const target of targets)
        event(target, "user.workspaces_changed", { email: target.email, added: [operation.workspaceId], removed: [] });
      break;
    case "removeWorkspace": {
      await tx.workspaceAssignment.deleteMany({ where: { organizationId, workspaceId: operation.workspaceId, membershipId: { in: ids } } });
      // Only members of a workspace handle its contacts.
      await tx.workspaceContact.updateMany({
        where: { organizationId, workspaceId: operation.workspaceId, assignedUserId: { in: targets.map((target) => target.userId) } },
        data: { assignedUserId: null },
      });
      for (const target of targets)
        event(target, "user.workspaces_changed", { email: target.email, added: [], removed: [operation.workspaceId] });
      break;
    }
    case "delete":
      // As Delete does for one user (remove-user.ts), for each.
      for (const target of targets) {
        const workspaces = target.workspaceIds.length;
        const unassigned = await tx.workspaceContact.updateMany({
          where: { organizationId, assignedUserId: target.userId },
          data: { assignedUserId: null },
        });
        const revoked = await tx.invitation.updateMany({
          where: { organizationId, kind: "USER", email: target.email, acceptedAt: null, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await tx.membership.delete({ where: { id: target.membershipId, organizationId } });
        event(target, "user.removed", {
          userId: target.userId,
          email: target.email,
          role: target.role,
          status: target.status,
          workspaces,
          unassignedContacts: unassigned.count,
          revokedInvitations: revoked.count,
        });
        if (target.status === "PENDING")
          await deleteInvitedAccountIfUnused(tx, {
            organizationId,
            userId: target.userId,
            membershipId: target.membershipId,
            reason: "user.removed",
            actor,
          });
      }
      break;
  }
  await audit(tx, actor, events);
}

export const changeRoleInBulk = defineOrgAction({
  capability: "users.changeRole",
  schema: z.object({ ...base, role: orgRoleField }),
  write: true,
  run: ({ access, actor, input }) =>
    runBulk(access, actor, "users.changeRole", input.selection, { kind: "changeRole", role: input.role as OrgRole }, !!input.confirm),
});

export const assignWorkspaceInBulk = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: z.object({ ...base, workspaceId: idField }),
  write: true,
  run: ({ access, actor, input }) =>
    runBulk(
      access,
      actor,
      "users.changeWorkspaces",
      input.selection,
      { kind: "assignWorkspace", workspaceId: input.workspaceId },
      !!input.confirm,
    ),
});

export const removeWorkspaceInBulk = defineOrgAction({
  capability: "users.changeWorkspaces",
  schema: z.object({ ...base, workspaceId: idField }),
  write: true,
  run: ({ access, actor, input }) =>
    runBulk(
      access,
      actor,
      "users.changeWorkspaces",
      input.selection,
      { kind: "removeWorkspace", workspaceId: input.workspaceId },
      !!input.confirm,
    ),
});

export const deleteUsersInBulk = defineOrgAction({
  capability: "users.remove",
  schema: z.object(base),
  write: true,
  run: ({ access, actor, input }) => runBulk(access, actor, "users.remove", input.selection, { kind: "delete" }, !!input.confirm),
});
