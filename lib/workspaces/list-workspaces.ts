// The workspaces list: one statement for the page (members and contacts counted per row) and
// one capped count; members see only the workspaces they are assigned to.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { foldedContains } from "@/lib/db/like-pattern";
import type { OrgAccess } from "@/lib/auth/access";
import { visibleWorkspaceSql } from "./visibility";
import type { WorkspaceListQuery } from "./schemas";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import { COUNT_CAP, FILTERED_COUNT_CAP } from "@/lib/pagination/total";

export type WorkspaceRow = { id: string; name: string; members: number; contacts: number };
export type WorkspacePage = ListPage<WorkspaceRow>;

export async function listWorkspaces(
  db: Db | Tx,
  access: Pick<OrgAccess, "organization" | "membershipId" | "can">,
  query: WorkspaceListQuery,
): Promise<WorkspacePage> {
  const parts = [Prisma.sql`w."organizationId" = ${access.organization.id}`, visibleWorkspaceSql(access)];
  if (query.q) parts.push(foldedContains(Prisma.sql`w.name`, query.q));
  const where = Prisma.join(parts, " AND ");
  const cap = query.q ? FILTERED_COUNT_CAP : COUNT_CAP;
  const [rows, total] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; members: bigint; contacts: bigint }[]>(Prisma.sql`
      SELECT w.id, w.name,
        (SELECT count(*) FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id) AS members,
        (SELECT count(*) FROM "WorkspaceContact" c WHERE c."organizationId" = w."organizationId" AND c."workspaceId" = w.id) AS contacts
      FROM "Workspace" w WHERE ${where}
      ORDER BY unaccent(lower(w.name)), w.id
      LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`),
    cappedCount(db, Prisma.sql`"Workspace" w WHERE ${where}`, cap),
  ]);
  const workspaces = rows.map((row) => ({ ...row, members: Number(row.members), contacts: Number(row.contacts) }));
  return offsetPage(workspaces, { page: query.page, size: query.size, total });
}
