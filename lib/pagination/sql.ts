// SQL for lists read with raw queries: the total without counting past a cap and one page
// found by key (an index range on the list's order), as CTEs of the list's own statement,
// so a page costs one round trip whatever its size and position.
//
// A filtered list first reads at most FILTERED_COUNT_CAP + 1 matching rows (`hits`), which
// gives the total. When that is all of them, the page is cut from those few rows in memory;
// only when there are more does the page come from the ordered index, where a page of a
// frequent match is found within a few index entries. So a search never walks the
// organization's index for a term that is rare here but that the statistics, which cover
// every organization, think frequent (say, another organization's domain name).
//
// How `hits` is planned matters. Under a LIMIT the planner takes the plan that returns its
// first rows soonest by its estimates: for such a term, a sequential scan of the whole table
// (every organization's rows) that finds nothing. A substring search is therefore planned
// for all its rows (no LIMIT inside the CTE: the CTE is still read only as far as the count
// needs), which takes the (organizationId, trigrams) GIN index unless the term looks common
// in most rows. Other filters (status, role) keep the LIMIT: for them the organization's
// ordered indexes, read lazily, are right, and that GIN index, which also indexes the
// organization alone, would be read whole.
import { Prisma } from "@/lib/db/generated/client";
import { cappedCountSql } from "./capped-count";
import type { PageMode } from "./page-request";
import { cappedTotal, COUNT_CAP, FILTERED_COUNT_CAP, type ListTotal } from "./total";

/** A tenant table ordered by (sort, id), with an index on (organizationId, sort, id). */
export type KeysetList = {
  table: string;
  /** The sort column, e.g. searchText. */
  sort: string;
  organizationId: string;
  /** The list's filters on rows `k`, tenant included. */
  where: Prisma.Sql;
  /**
   * What filters the list besides the organization: nothing, a substring search (with or
   * without other conditions), or other conditions only.
   */
  filter: "none" | "search" | "other";
};

const identifier = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

/**
 * `SELECT id, sort, by` of one page from `source` (rows `k` filtered by `where`), up to
 * size + 1 rows (see settlePage), in no particular order. `by` says how the rows were found:
 * "key" (after or before the boundary row), or "offset" (page 1, a typed page number, or a
 * boundary row that no longer exists: that branch runs only then).
 */
function pageKeysSql(list: KeysetList, source: Prisma.Sql, where: Prisma.Sql, mode: PageMode, size: number): Prisma.Sql {
  const table = identifier(list.table);
  const sort = identifier(list.sort);
  const take = size + 1;
  const ascending = Prisma.sql`ORDER BY k.${sort}, k.id`;
  const descending = Prisma.sql`ORDER BY k.${sort} DESC, k.id DESC`;
  const byOffset = (offset: number, guard: Prisma.Sql = Prisma.empty) =>
    Prisma.sql`(SELECT k.id, k.${sort} AS sort, 'offset' AS by FROM ${source} WHERE ${where} ${guard} ${ascending} LIMIT ${take} OFFSET ${offset})`;
  switch (mode.kind) {
    case "offset":
      return byOffset(mode.offset);
    case "last":
      return Prisma.sql`(SELECT k.id, k.${sort} AS sort, 'key' AS by FROM ${source} WHERE ${where} ${descending} LIMIT ${take})`;
    case "end":
      throw new Error("decided in the statement (pageCtes)");
    case "after":
    case "before": {
      const boundary = Prisma.sql`FROM ${table} b WHERE b."organizationId" = ${list.organizationId} AND b.id = ${mode.id}`;
      const [op, order] = mode.kind === "after" ? [Prisma.raw(">"), ascending] : [Prisma.raw("<"), descending];
      // A row comparison with the boundary's key: an index range, however far the page is.
      return Prisma.sql`(SELECT k.id, k.${sort} AS sort, 'key' AS by FROM ${source}
          WHERE ${where} AND (k.${sort}, k.id) ${op} ((SELECT b.${sort} ${boundary}), ${mode.id}) ${order} LIMIT ${take})
        UNION ALL ${byOffset(mode.offset, Prisma.sql`AND NOT EXISTS (SELECT 1 ${boundary})`)}`;
    }
  }
}

/**
 * The CTEs `total(total, estimated)` and `keys(id, sort, by)` of one page, for a
 * `WITH ${pageCtes(…)} SELECT … FROM total LEFT JOIN (keys JOIN table) …` statement.
 * Totals: a filtered list counts up to FILTERED_COUNT_CAP + 1 rows; a list filtered by the
 * organization alone up to COUNT_CAP + 1, or takes the planner's estimate when that is past
 * COUNT_CAP (then nothing is counted).
 */
export function pageCtes(list: KeysetList, mode: PageMode, size: number): Prisma.Sql {
  const table = identifier(list.table);
  const sort = identifier(list.sort);
  const rows = Prisma.sql`${table} k`;
  if (list.filter !== "none") {
    const cap = FILTERED_COUNT_CAP;
    const few = pageKeysSql(list, Prisma.sql`hits k`, Prisma.sql`true`, mode, size);
    const many = pageKeysSql(list, rows, list.where, mode, size);
    const limit = list.filter === "search" ? Prisma.empty : Prisma.sql`LIMIT ${cap + 1}`;
    // The one-time filters on the total run only the branch that applies.
    return Prisma.sql`hits AS MATERIALIZED (SELECT k.id, k.${sort} FROM ${rows} WHERE ${list.where} ${limit}),
      total AS (SELECT count(*)::int AS total, false AS estimated FROM (SELECT 1 FROM hits LIMIT ${cap + 1}) capped),
      keys AS (
        SELECT * FROM (${few}) few WHERE (SELECT total FROM total) <= ${cap}
        UNION ALL
        SELECT * FROM (${many}) many WHERE (SELECT total FROM total) > ${cap})`;
  }
  if (mode.kind !== "offset" || mode.offset === 0)
    return Prisma.sql`total AS (${organizationTotalSql(list)}), keys AS (${pageKeysSql(list, rows, list.where, mode, size)})`;
  // A page number typed far down an estimated list (?page=4000) is counted from the end, so
  // that it costs what the last page costs rather than skipping 100,000 index entries. Its
  // rows are `by` "end" (settlePage then reads them as mode "end").
  const fromEnd = Prisma.sql`(SELECT estimated AND ${mode.offset} > total / 2 FROM total)`;
  return Prisma.sql`total AS (${organizationTotalSql(list)}),
    keys AS (
      SELECT * FROM (${pageKeysSql(list, rows, list.where, mode, size)}) start WHERE NOT ${fromEnd}
      UNION ALL
      SELECT * FROM (SELECT k.id, k.${sort} AS sort, 'end' AS by FROM ${rows} WHERE ${list.where} ORDER BY k.${sort} DESC, k.id DESC
        LIMIT ${size + 1} OFFSET GREATEST(0, (SELECT total FROM total) - ${mode.offset + size})) "end" WHERE ${fromEnd})`;
}

/** `SELECT total, estimated` of a list filtered by the organization alone. */
function organizationTotalSql(list: Pick<KeysetList, "table" | "organizationId" | "where">): Prisma.Sql {
  const cap = COUNT_CAP;
  const capped = Prisma.sql`(${cappedCountSql(Prisma.sql`${identifier(list.table)} k WHERE ${list.where}`, cap)})`;
  // roster_estimated_rows (migration 20261127400000): the planner's estimate of the
  // organization's rows, from statistics; OFFSET 0 keeps it evaluated once.
  return Prisma.sql`SELECT (CASE WHEN e.n >= ${cap} THEN e.n ELSE ${capped} END)::int AS total, e.n >= ${cap} AS estimated
    FROM (SELECT roster_estimated_rows(${`"${list.table}"`}::regclass, ${list.organizationId}) AS n OFFSET 0) e`;
}

/**
 * How the page was found, from its rows' `by` column: a boundary row deleted meanwhile
 * falls back to the page number ("offset"); a far page number of an estimated list is read
 * from the end ("end").
 */
export function modeUsed(mode: PageMode, by: string | null): PageMode {
  if (by === "end" && mode.kind === "offset") return { kind: "end", offset: mode.offset };
  if (by === "offset" && (mode.kind === "after" || mode.kind === "before")) return { kind: "offset", offset: mode.offset };
  return mode;
}

/** The total read from a page statement's `total` and `estimated` columns. */
export function totalOf(
  row: { total: number | bigint | null; estimated: boolean | null } | undefined,
  filter: KeysetList["filter"],
): ListTotal {
  const count = Number(row?.total ?? 0);
  return row?.estimated ? { count, kind: "estimate" } : cappedTotal(count, filter === "none" ? COUNT_CAP : FILTERED_COUNT_CAP);
}

type Queryable = { $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> };

/**
 * The total of a list filtered by the organization alone, in one statement, e.g. an
 * organization's email log: `await organizationTotal(db, "EmailOutbox", organizationId)`.
 */
export async function organizationTotal(db: Queryable, table: string, organizationId: string): Promise<ListTotal> {
  const where = Prisma.sql`k."organizationId" = ${organizationId}`;
  const [row] = await db.$queryRaw<{ total: number; estimated: boolean }[]>(organizationTotalSql({ table, organizationId, where }));
  return totalOf(row, "none");
}
