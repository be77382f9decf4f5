// The count that never reads past a cap, for any list or figure whose rows come from one
// SQL `FROM … WHERE …`: `SELECT count(*)` over at most cap + 1 rows, so a large
// organization costs a bounded read, and a result of cap + 1 means "more than the cap".
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { cappedTotal, COUNT_CAP, type ListTotal } from "./total";

/**
 * `SELECT count(*) AS count` of at most cap + 1 rows of `fromWhere` (e.g. `"Order" o WHERE …`): a statement, or in parentheses a column of
 * one.
 */
export function cappedCountSql(fromWhere: Prisma.Sql, cap = COUNT_CAP): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS count FROM (SELECT 1 FROM ${fromWhere} LIMIT ${cap + 1}) capped`;
}

/** The total of `fromWhere`, counted in one statement up to the cap. */
export async function cappedCount(db: Db | Tx, fromWhere: Prisma.Sql, cap = COUNT_CAP): Promise<ListTotal> {
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>(cappedCountSql(fromWhere, cap));
  return cappedTotal(Number(count), cap);
}
