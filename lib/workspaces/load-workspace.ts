// The workspace page: three statements run together — the workspace with its members (the
// first MEMBERS_SHOWN, and their count), a page of its contacts with who handles each, and
// their capped count. A workspace the viewer may not open is null (the page answers 404).
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import type { OrgAccess } from "@/lib/auth/access";
import { visibleWorkspaceSql } from "./visibility";
import type { WorkspaceContactsQuery } from "./schemas";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";

export const MEMBERS_SHOWN = 200;

export type WorkspaceMember = {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: OrgRole;
  status: MembershipStatus;
};
export type WorkspaceContactRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  assignedUserId: string | null;
  assignedName: string | null;
};

export type WorkspaceDetail = {
  workspace: { id: string; name: string; memberCount: number; viewerAssigned: boolean };
  members: WorkspaceMember[];
  contacts: ListPage<WorkspaceContactRow>;
};

export async function loadWorkspace(
  db: Db | Tx,
  access: Pick<OrgAccess, "organization" | "membershipId" | "can">,
  workspaceId: string,
  query: WorkspaceContactsQuery,
): Promise<WorkspaceDetail | null> {
  const organizationId = access.organization.id;
  const contactsWhere = Prisma.sql`c."organizationId" = ${organizationId} AND c."workspaceId" = ${workspaceId}`;
  // The contact statements carry the tenant and the workspace; their rows are only used when
  // the first statement says the viewer may open the workspace.
  const [[workspace], contacts, total] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; memberCount: bigint; viewerAssigned: boolean; members: WorkspaceMember[] }[]>(Prisma.sql`
      SELECT w.id, w.name,
        (SELECT count(*) FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id) AS "memberCount",
        EXISTS (SELECT 1 FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id AND a."membershipId" = ${access.membershipId}) AS "viewerAssigned",
        COALESCE((SELECT json_agg(json_build_object('membershipId', x.id, 'userId', x."userId", 'name', x.name, 'email', x.email, 'role', x.role, 'status', x.status) ORDER BY x.sort, x.id)
          FROM (SELECT m.id, m."userId", u.name, u.email, m.role, m.status, unaccent(lower(coalesce(u.name, u.email))) AS sort
                FROM "WorkspaceAssignment" a JOIN "Membership" m ON m."organizationId" = a."organizationId" AND m.id = a."membershipId" JOIN "User" u ON u.id = m."userId"
                WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id
                ORDER BY sort, m.id LIMIT ${MEMBERS_SHOWN}) x), '[]') AS members
      FROM "Workspace" w
      WHERE w.id = ${workspaceId} AND w."organizationId" = ${organizationId} AND ${visibleWorkspaceSql(access)}`),
    db.$queryRaw<WorkspaceContactRow[]>(Prisma.sql`
      SELECT c.id, c.name, c.email, c.phone, c."assignedUserId", coalesce(u.name, u.email) AS "assignedName"
      FROM "WorkspaceContact" c LEFT JOIN "User" u ON u.id = c."assignedUserId"
      WHERE ${contactsWhere}
      ORDER BY c.name, c.id
      LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`),
    cappedCount(db, Prisma.sql`"WorkspaceContact" c WHERE ${contactsWhere}`),
  ]);
  if (!workspace) return null;
  return {
    workspace: {
      id: workspace.id,
      name: workspace.name,
      memberCount: Number(workspace.memberCount),
      viewerAssigned: workspace.viewerAssigned,
    },
    members: workspace.members,
    contacts: offsetPage(contacts, { page: query.page, size: query.size, total }),
  };
}
