// How many rows a list has, without counting past a cap. A full count(*) reads every
// matching row on every view (about 45 ms at 100,000 contacts); reading at most cap + 1
// keeps the cost bounded whatever the size:
// - a list filtered by the organization alone: exact up to COUNT_CAP ("201 contacts"),
//   past it the planner's estimate ("about 100,000"), for which nothing is read;
// - a filtered list (search, status, role…): exact up to FILTERED_COUNT_CAP, past it
//   "1,000+". Lower, because a filter may have to examine many rows per match, and nobody
//   pages through a thousand search results: they narrow the search.
export const COUNT_CAP = 10_000;
export const FILTERED_COUNT_CAP = 1_000;

export type ListTotal = {
  count: number;
  /** exact; atLeast: more than `count` (the cap); estimate: about `count` (planner statistics). */
  kind: "exact" | "atLeast" | "estimate";
};

/** The total from a count that read at most `cap + 1` rows. */
export function cappedTotal(count: number, cap = COUNT_CAP): ListTotal {
  return count > cap ? { count: cap, kind: "atLeast" } : { count, kind: "exact" };
}

/**
 * A count that stops past the cap, for filtered lists read with Prisma:
 * `countUpTo((take) => db.invoice.count({ where, take }))` sends
 * `SELECT count(*) FROM (SELECT … LIMIT take)`, one statement.
 */
export async function countUpTo(count: (take: number) => Promise<number>, cap = FILTERED_COUNT_CAP): Promise<ListTotal> {
  return cappedTotal(await count(cap + 1), cap);
}
