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

/** `sortKey`: the folded name the list is ordered by; with the id, where a stable cursor resumes (ListOptions). */
export type WorkspaceRow = { id: string; name: string; members: number; contacts: number; sortKey: string };

/**
 * `after`: the REST API's cursor, the last row seen (its sortKey and id). The page starts right
 * after it, by key rather than by position, so workspaces created or deleted meanwhile neither
 * repeat nor skip any.
 */
export type ListOptions = { after?: { sortKey: string; id: string } };
export type WorkspacePage = ListPage<WorkspaceRow>;

export async function listWorkspaces(
  db: Db | Tx,
  access: Pick<OrgAccess, "organization" | "membershipId" | "can">,
  query: WorkspaceListQuery,
  { after }: ListOptions = {},
): Promise<WorkspacePage> {
  const parts = [Prisma.sql`w."organizationId" = ${access.organization.id}`, visibleWorkspaceSql(access)];
  if (query.q) parts.push(foldedContains(Prisma.sql`w.name`, query.q));
  const where = Prisma.join(parts, " AND ");
  const cap = query.q ? FILTERED_COUNT_CAP : COUNT_CAP;
  const sortKey = Prisma.sql`unaccent(lower(w.name))`;
  const pageWhere = after ? Prisma.sql`${where} AND (${sortKey}, w.id) > (${after.sortKey}, ${after.id})` : where;
  // By key, one row more says whether a page follows (the total counts from the list's start).
  const [limit, offset] = after ? [query.size + 1, 0] : [query.size, (query.page - 1) * query.size];
  const [rows, total] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; members: bigint; contacts: bigint; sortKey: string }[]>(Prisma.sql`
      SELECT w.id, w.name, ${sortKey} AS "sortKey",
        (SELECT count(*) FROM "WorkspaceAssignment" a WHERE a."organizationId" = w."organizationId" AND a."workspaceId" = w.id) AS members,
        (SELECT count(*) FROM "WorkspaceContact" c WHERE c."organizationId" = w."organizationId" AND c."workspaceId" = w.id) AS contacts
      FROM "Workspace" w WHERE ${pageWhere}
      ORDER BY ${sortKey}, w.id
      LIMIT ${limit} OFFSET ${offset}`),
    cappedCount(db, Prisma.sql`"Workspace" w WHERE ${where}`, cap),
  ]);
  const workspaces = rows.map((row) => ({ ...row, members: Number(row.members), contacts: Number(row.contacts) }));
  return offsetPage(workspaces, { page: query.page, size: query.size, total, oneMore: Boolean(after) });
}
