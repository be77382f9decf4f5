// A membership's workspaces, replaced by a new set inside the caller's transaction. Leaving a
// workspace also unassigns the workspace contacts the user handled there: only members of a
// workspace handle its contacts.
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

export type AssignmentChange = { added: string[]; removed: string[]; unassignedContacts: number };

/** Refuses ids that are not workspaces of the organization (another organization's, deleted, made up). */
export async function assertOrganizationWorkspaces(
  tx: Tx,
  organizationId: string,
  workspaceIds: readonly string[],
  field = "workspaceIds",
): Promise<void> {
  if (workspaceIds.length === 0) return;
  const found = await tx.workspace.count({ where: { organizationId, id: { in: [...workspaceIds] } } });
  if (found !== workspaceIds.length) throw new AppError("INVALID", "users.errors.unknownWorkspace", { field });
}

export async function replaceAssignments(
  tx: Tx,
  organizationId: string,
  membership: { id: string; userId: string },
  workspaceIds: readonly string[],
): Promise<AssignmentChange> {
  await assertOrganizationWorkspaces(tx, organizationId, workspaceIds);
  const current = (
    await tx.workspaceAssignment.findMany({ where: { organizationId, membershipId: membership.id }, select: { workspaceId: true } })
  ).map((a) => a.workspaceId);
  const wanted = new Set(workspaceIds);
  const added = workspaceIds.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !wanted.has(id));
  if (removed.length)
    await tx.workspaceAssignment.deleteMany({ where: { organizationId, membershipId: membership.id, workspaceId: { in: removed } } });
  if (added.length) {
    await tx.workspaceAssignment.createMany({
      data: added.map((workspaceId) => ({ organizationId, workspaceId, membershipId: membership.id })),
      skipDuplicates: true,
    });
  }
  const unassigned = removed.length
    ? await tx.workspaceContact.updateMany({
        where: { organizationId, workspaceId: { in: removed }, assignedUserId: membership.userId },
        data: { assignedUserId: null },
      })
    : { count: 0 };
  return { added, removed, unassignedContacts: unassigned.count };
}
