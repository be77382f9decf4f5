// The users list (SPEC §4 "Users"): one statement for the page — each row with its
// workspaces (count and the first names), the workspace contacts assigned to the person here
// and, for a pending member, their invitation — and one capped count, whatever the page size.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { foldedContains } from "@/lib/db/like-pattern";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import type { UserListQuery } from "./schemas";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import { COUNT_CAP, FILTERED_COUNT_CAP } from "@/lib/pagination/total";

/** Workspace names listed per row (the rest is counted). */
export const WORKSPACE_NAMES_SHOWN = 10;

export type UserRow = {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  image: string | null;
  role: OrgRole;
  status: MembershipStatus;
  lastActiveAt: Date | null;
  workspaceCount: number;
  /** The first WORKSPACE_NAMES_SHOWN workspace names, alphabetically. */
  workspaceNames: string[];
  /** Workspace contacts of this organization assigned to the person (they become unassigned on delete). */
  assignedContacts: number;
  /** For a pending member: their invitation's expiry and last sending. */
  invitation: { expiresAt: Date; lastSentAt: Date | null } | null;
  /** The name sort's key (the name or email, folded): with membershipId, where a stable cursor resumes (ListOptions). */
  sortKey: string;
};

export type UserPage = ListPage<UserRow>;

/** The list's WHERE clause (m: Membership, u: User): also what "select all N matching the filter" selects. */
export function userListFilters(organizationId: string, query: Pick<UserListQuery, "q" | "role" | "status">): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`m."organizationId" = ${organizationId}`];
  const term = query.q.trim().replace(/\s+/g, " ");
  // Accent- and case-insensitive on both sides (unaccent extension), by name or email.
  if (term) parts.push(foldedContains(Prisma.sql`coalesce(u.name, '') || ' ' || u.email`, term));
  if (query.role) parts.push(Prisma.sql`m.role = ${query.role}::"OrgRole"`);
  if (query.status) parts.push(Prisma.sql`m.status = ${query.status}::"MembershipStatus"`);
  return Prisma.join(parts, " AND ");
}

type OrderColumns = { name: Prisma.Sql; lastActive: Prisma.Sql; id: Prisma.Sql };
/** Inside the page subquery, and again outside it on its columns (the name folded once per row). */
const INNER: OrderColumns = {
  name: Prisma.sql`unaccent(lower(coalesce(u.name, u.email)))`,
  lastActive: Prisma.sql`m."lastActiveAt"`,
  id: Prisma.sql`m.id`,
};
const OUTER: OrderColumns = { name: Prisma.sql`p.sortname`, lastActive: Prisma.sql`p."lastActiveAt"`, id: Prisma.sql`p."membershipId"` };

function orderBy(sort: UserListQuery["sort"], { name, lastActive, id }: OrderColumns): Prisma.Sql {
  switch (sort) {
    case "-name":
      return Prisma.sql`${name} DESC, ${id} DESC`;
    case "lastActive":
      return Prisma.sql`${lastActive} ASC NULLS FIRST, ${name}, ${id}`;
    case "-lastActive":
      return Prisma.sql`${lastActive} DESC NULLS LAST, ${name}, ${id}`;
    default:
      return Prisma.sql`${name}, ${id}`;
  }
}

/**
 * `after`: the REST API's cursor, the name-sorted list's last row seen (its sortKey and
 * membershipId). The page then starts right after that row, by key rather than by position,
 * so people added or removed meanwhile neither repeat nor skip anyone.
 */
export type ListOptions = { after?: { sortKey: string; id: string } };

type RawRow = Omit<UserRow, "workspaceCount" | "assignedContacts" | "invitation"> & {
  workspaceCount: bigint | number;
  assignedContacts: bigint | number;
  invitationExpiresAt: Date | null;
  invitationLastSentAt: Date | null;
};

export async function listUsers(db: Db | Tx, organizationId: string, query: UserListQuery, options: ListOptions = {}): Promise<UserPage> {
  const where = userListFilters(organizationId, query);
  // By key only in the name order (the API's); the page's other orders are read by position.
  const after = query.sort === "name" ? options.after : undefined;
  const pageWhere = after ? Prisma.sql`${where} AND (${INNER.name}, m.id) > (${after.sortKey}, ${after.id})` : where;
  // By key, one row more says whether a page follows (the total counts from the list's start).
  const [limit, offset] = after ? [query.size + 1, 0] : [query.size, (query.page - 1) * query.size];
  // Counted exactly up to the cap (a filtered list's is lower: see lib/pagination/total.ts).
  const cap = query.q || query.role || query.status ? FILTERED_COUNT_CAP : COUNT_CAP;
  const [rows, total] = await Promise.all([
    // The page's rows are chosen on cheap columns first; workspaces, assigned contacts and the
    // invitation are then looked up for those rows only (not for every row skipped by OFFSET).
    db.$queryRaw<RawRow[]>(Prisma.sql`
      SELECT p."membershipId", p."userId", p.name, p.email, p.image, p.role, p.status, p."lastActiveAt", p.sortname AS "sortKey",
        (SELECT count(*) FROM "WorkspaceAssignment" a WHERE a."organizationId" = ${organizationId} AND a."membershipId" = p."membershipId") AS "workspaceCount",
        COALESCE((SELECT array_agg(w.name ORDER BY w.name) FROM (
          SELECT w.name FROM "WorkspaceAssignment" a JOIN "Workspace" w ON w."organizationId" = a."organizationId" AND w.id = a."workspaceId"
          WHERE a."organizationId" = ${organizationId} AND a."membershipId" = p."membershipId" ORDER BY w.name LIMIT ${WORKSPACE_NAMES_SHOWN}) w), '{}') AS "workspaceNames",
        (SELECT count(*) FROM "WorkspaceContact" c WHERE c."organizationId" = ${organizationId} AND c."assignedUserId" = p."userId") AS "assignedContacts",
        i."expiresAt" AS "invitationExpiresAt", i."lastSentAt" AS "invitationLastSentAt"
      FROM (
        SELECT m.id AS "membershipId", u.id AS "userId", u.name, u.email, u.image, m.role::text AS role, m.status::text AS status, m."lastActiveAt",
          ${INNER.name} AS sortname
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE ${pageWhere}
        ORDER BY ${orderBy(query.sort, INNER)}
        LIMIT ${limit} OFFSET ${offset}
      ) p
      LEFT JOIN LATERAL (
        SELECT i."expiresAt", i."lastSentAt" FROM "Invitation" i
        WHERE i."organizationId" = ${organizationId} AND i.email = p.email AND i.kind = 'USER' AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
        ORDER BY i."createdAt" DESC LIMIT 1
      ) i ON p.status = 'PENDING'
      ORDER BY ${orderBy(query.sort, OUTER)}`),
    cappedCount(db, Prisma.sql`"Membership" m JOIN "User" u ON u.id = m."userId" WHERE ${where}`, cap),
  ]);
  const users = rows.map(({ invitationExpiresAt, invitationLastSentAt, ...row }) => ({
    ...row,
    workspaceCount: Number(row.workspaceCount),
    assignedContacts: Number(row.assignedContacts),
    invitation: invitationExpiresAt ? { expiresAt: invitationExpiresAt, lastSentAt: invitationLastSentAt } : null,
  }));
  return offsetPage(users, { page: query.page, size: query.size, total, oneMore: Boolean(after) });
}
