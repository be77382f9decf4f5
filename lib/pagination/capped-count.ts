// Counts that do not scan a large table on every view: exact up to a cap, then "more
// than the cap" (shown as "10,000+"), with page numbers that keep working. Reusable by any
// list whose rows come from one SQL `FROM … WHERE …`.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";

export const COUNT_CAP = 10_000;

export type CappedTotal = { count: number; capped: boolean };

/** `SELECT count(*)` over at most cap + 1 rows of `fromWhere` (e.g. `"Order" o WHERE …`). */
export async function cappedCount(db: Db | Tx, fromWhere: Prisma.Sql, cap = COUNT_CAP): Promise<CappedTotal> {
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>(Prisma.sql`SELECT count(*) AS count FROM (SELECT 1 FROM ${fromWhere} LIMIT ${cap + 1}) t`);
  const n = Number(count);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

export type PageInfo = { page: number; size: number; pages: number; total: CappedTotal };

/** Pages of a list; past the cap the last page number is the cap's, and more follow. */
export function pageInfo(page: number, size: number, total: CappedTotal): PageInfo {
  const pages = Math.max(1, Math.ceil(total.count / size));
  return { page, size, pages, total };
}
