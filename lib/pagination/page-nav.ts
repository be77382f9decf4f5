// One page of a list, ready to show: its rows, the total as it can be told ("201",
// "10,000+", "about 100,000"), the page number and the pager's links. Every list returns
// this ListPage, however it was read: by key (settlePage, below) or by page number
// (offsetPage, offset-nav.ts). Lists read by key fetch one row more than the page size in
// the direction they read, which tells whether a page follows (or precedes) without counting.
import { readsBackwards, type PageMode, type PageRequest } from "./page-request";
import type { ListTotal } from "./total";

export type PageNav = {
  page: number;
  /** Number of pages, of the same kind as the total (exact, at least, about). */
  pages: number;
  pagesKind: ListTotal["kind"];
  first: PageRequest | null;
  previous: PageRequest | null;
  next: PageRequest | null;
  last: PageRequest | null;
};

/** A page of any list: by key or by page number, its total exact, capped or estimated. */
export type ListPage<Row> = { rows: Row[]; total: ListTotal; size: number; nav: PageNav };

/**
 * Builds the page from the rows fetched (in display order, up to size + 1) for `mode`,
 * the mode actually used (an `after`/`before` whose boundary row is gone falls back to
 * `offset`).
 */
export function settlePage<Row extends { id: string }>(
  fetched: Row[],
  options: { request: PageRequest; mode: PageMode; size: number; total: ListTotal },
): ListPage<Row> {
  const { request, mode, size } = options;
  const backwards = readsBackwards(mode);
  const extra = fetched.length > size;
  const rows = !extra ? fetched : backwards ? fetched.slice(fetched.length - size) : fetched.slice(0, size);
  const hasBefore = mode.kind === "offset" ? mode.offset > 0 : mode.kind === "after" ? true : extra;
  const hasAfter =
    mode.kind === "before" ? true : mode.kind === "last" ? false : mode.kind === "end" ? mode.offset + size < options.total.count : extra;
  // Read backwards up to the start: that is page 1, whatever the URL said.
  const page = hasBefore ? request.page : 1;

  let total = options.total;
  if (mode.kind === "offset" && !hasAfter && (rows.length > 0 || mode.offset === 0)) {
    // The end of the list at a known position: the total is exact.
    total = { count: mode.offset + rows.length, kind: "exact" };
  } else if (total.kind !== "exact") {
    // Never fewer than the pages already seen prove.
    total = { ...total, count: Math.max(total.count, (page - 1) * size + rows.length + (hasAfter ? 1 : 0)) };
  }
  let pages = Math.max(1, Math.ceil(total.count / size), rows.length ? page : 1);
  if (hasAfter) pages = Math.max(pages, page + 1);

  const first = page > 1 ? { page: 1 } : null;
  const previous =
    !hasBefore || page <= 1 ? null : page === 2 || !rows.length ? { page: page - 1 } : { page: page - 1, before: rows[0].id };
  const next = hasAfter && rows.length ? { page: page + 1, after: rows[rows.length - 1].id } : null;
  // Exactly known: the last page by number (its offset is at most COUNT_CAP rows). Only
  // estimated: the final rows, read backwards. "10,000+": no last page to offer.
  const last =
    total.kind === "exact"
      ? page < pages
        ? { page: pages }
        : null
      : total.kind === "estimate" && hasAfter
        ? { page: pages, last: "1" as const }
        : null;
  return { rows, total, size, nav: { page, pages, pagesKind: total.kind, first, previous, next, last } };
}

/** A page with no row (e.g. a refused search). */
export function emptyPage(size: number): ListPage<never> {
  return settlePage([], { request: { page: 1 }, mode: { kind: "offset", offset: 0 }, size, total: { count: 0, kind: "exact" } });
}
