// Who reaches which workspace (SPEC §2 "see workspaces": all for org, billing and user
// admins; assigned only for members) and who handles a workspace's contacts (decided here:
// those who manage workspaces, and the workspace's own members). Any workspace a person
// may not reach is "not found", by page and by direct call alike.
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors/app-error";

type Viewer = Pick<OrgAccess, "organization" | "membershipId" | "can">;

/** SQL condition on a workspace aliased `w`: the viewer may open it. */
export function visibleWorkspaceSql(access: Viewer): Prisma.Sql {
  if (access.can("workspaces.viewAll")) return Prisma.sql`true`;
  if (!access.membershipId || !access.can("workspaces.viewAssigned")) return Prisma.sql`false`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "WorkspaceAssignment" va WHERE va."organizationId" = w."organizationId" AND va."workspaceId" = w.id AND va."membershipId" = ${access.membershipId})`;
}

export function workspaceNotFound(field = "workspaceId"): AppError {
  return new AppError("NOT_FOUND", "workspaces.errors.notFound", { field });
}

export type VisibleWorkspace = { id: string; name: string; viewerAssigned: boolean };

/**
 * The workspace, if the viewer may open it, with a share lock held until the transaction
 * ends (so it cannot be deleted under a change being made to it); else NOT_FOUND.
 */
export async function lockVisibleWorkspace(tx: Tx, access: Viewer, workspaceId: string): Promise<VisibleWorkspace> {
  const [row] = await tx.$queryRaw<VisibleWorkspace[]>(Prisma.sql`
    SELECT w.id, w.name,
      EXISTS (SELECT 1 FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id AND a."membershipId" = ${access.membershipId}) AS "viewerAssigned"
    FROM "Workspace" w
    WHERE w.id = ${workspaceId} AND w."organizationId" = ${access.organization.id} AND ${visibleWorkspaceSql(access)}
    FOR SHARE OF w`);
  if (!row) throw workspaceNotFound();
  return row;
}

/** May the viewer add and assign this workspace's contacts? */
export function canHandleWorkspaceContacts(access: Pick<OrgAccess, "can">, workspace: { viewerAssigned: boolean }): boolean {
  return access.can("workspaces.manage") || workspace.viewerAssigned;
}
