// The organization's audit log, newest first, read by key: a page is one statement (an index
// range of the filter's index, joined to the people who acted), its total another that never
// counts past a cap (an estimate for the whole log). Also the CSV export's batches.
import { Prisma } from "@/lib/db/generated/client";
import { db, type Db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { settlePage, type ListPage } from "@/lib/pagination/page-nav";
import { pageMode } from "@/lib/pagination/page-request";
import { fetchPage, type PrismaPageArgs } from "@/lib/pagination/prisma";
import { cappedCount } from "@/lib/pagination/capped-count";
import { organizationTotal } from "@/lib/pagination/sql";
import { FILTERED_COUNT_CAP } from "@/lib/pagination/total";
import { isFiltered, SYSTEM_ACTOR, type AuditFilter, type AuditLogQuery } from "./audit-log-query";

export type AuditEventRow = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  metadata: unknown;
  ip: string | null;
  userAgent: string | null;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  /** The API key the change came through, if it did. */
  actorApiKeyName: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The conditions on rows `k` of the organization's events. */
export function auditWhere(organizationId: string, filter: AuditFilter): Prisma.Sql {
  const { sql } = Prisma;
  const conditions = [sql`k."organizationId" = ${organizationId}`];
  if (filter.person === SYSTEM_ACTOR) conditions.push(sql`k."actorUserId" IS NULL`);
  else if (filter.person) conditions.push(sql`k."actorUserId" = (SELECT u.id FROM "User" u WHERE u.email = ${filter.person})`);
  if (filter.action) conditions.push(sql`k.action = ${filter.action}`);
  if (filter.target) conditions.push(sql`k."targetType" = ${filter.target}`);
  if (filter.targetId) conditions.push(sql`k."targetId" = ${filter.targetId}`);
  if (filter.from) conditions.push(sql`k."createdAt" >= ${new Date(`${filter.from}T00:00:00Z`)}`);
  if (filter.to) conditions.push(sql`k."createdAt" < ${new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * One page (Prisma-style page arguments, see lib/pagination/prisma.ts), newest first: after a
 * boundary row, the rows older than it; a negative take reads towards the newer ones.
 */
export function auditPageSql(organizationId: string, where: Prisma.Sql, args: PrismaPageArgs): Prisma.Sql {
  const { sql } = Prisma;
  const towardsNewer = args.take < 0;
  const boundary = args.cursor
    ? sql`AND (k."createdAt", k.id) ${Prisma.raw(towardsNewer ? ">" : "<")} ((SELECT b."createdAt" FROM "AuditEvent" b
        WHERE b.id = ${args.cursor.id} AND b."organizationId" = ${organizationId}), ${args.cursor.id})`
    : Prisma.empty;
  const order = towardsNewer ? sql`ORDER BY k."createdAt", k.id` : sql`ORDER BY k."createdAt" DESC, k.id DESC`;
  const offset = args.cursor || !args.skip ? Prisma.empty : sql`OFFSET ${args.skip}`;
  return sql`SELECT e.id, e."createdAt", e.action, e."targetType", e."targetId", e.metadata, e.ip, e."userAgent", e."actorUserId",
      u.name AS "actorName", u.email AS "actorEmail", ak.name AS "actorApiKeyName"
    FROM (SELECT k.* FROM "AuditEvent" k WHERE ${where} ${boundary} ${order} LIMIT ${Math.abs(args.take)} ${offset}) e
    LEFT JOIN "User" u ON u.id = e."actorUserId"
    LEFT JOIN "ApiKey" ak ON ak.id = e."actorApiKeyId"
    ORDER BY e."createdAt" DESC, e.id DESC`;
}

export async function listAuditEvents(access: OrgAccess, query: AuditLogQuery, client: Db = db): Promise<ListPage<AuditEventRow>> {
  const organizationId = access.organization.id;
  const where = auditWhere(organizationId, query);
  const mode = pageMode(query, query.size);
  const [page, total] = await Promise.all([
    fetchPage(mode, query.size, (args) => client.$queryRaw<AuditEventRow[]>(auditPageSql(organizationId, where, args))),
    isFiltered(query)
      ? cappedCount(client, Prisma.sql`"AuditEvent" k WHERE ${where}`, FILTERED_COUNT_CAP)
      : organizationTotal(client, "AuditEvent", organizationId),
  ]);
  return settlePage(page.rows, { request: query, mode: page.mode, size: query.size, total });
}

/** Every event the filter matches, newest first, `batchSize` at a time (each batch one statement, by key). */
export async function* iterateAuditEvents(
  organizationId: string,
  filter: AuditFilter,
  batchSize = 1000,
  client: Db = db,
): AsyncGenerator<AuditEventRow[]> {
  const where = auditWhere(organizationId, filter);
  let cursor: { id: string } | undefined;
  for (;;) {
    const rows = await client.$queryRaw<AuditEventRow[]>(auditPageSql(organizationId, where, { take: batchSize, cursor }));
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    cursor = { id: rows[rows.length - 1].id };
  }
}
