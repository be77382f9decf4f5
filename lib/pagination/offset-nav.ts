// The pager of a list read by page number (OFFSET): lists that stay small per organization
// (users, workspaces, a workspace's contacts — thousands, not hundreds of thousands) or
// whose pages past the count's cap nobody reaches (billing), where keyset links
// (page-nav.ts) would add nothing. Same PageNav, so the same pager.
import type { ListPage, PageNav } from "./page-nav";
import type { ListTotal } from "./total";

/**
 * `hasNext`: whether a row follows the page, when the list read one row more than the page
 * to know it; without it, the total decides (past a cap, a next page is always offered).
 */
export function offsetNav(page: number, size: number, total: ListTotal, hasNext?: boolean): PageNav {
  const pages = Math.max(1, Math.ceil(total.count / size), page);
  const more = total.kind !== "exact";
  const next = hasNext ?? (page < pages || more);
  return {
    page,
    pages: more && next ? Math.max(pages, page + 1) : pages,
    pagesKind: total.kind,
    first: page > 1 ? { page: 1 } : null,
    previous: page > 1 ? { page: page - 1 } : null,
    next: next ? { page: page + 1 } : null,
    last: !more && page < pages ? { page: pages } : null,
  };
}

/**
 * A page read by page number. `oneMore`: the rows were read with LIMIT size + 1, and the
 * extra row (dropped here) says whether a next page exists.
 */
export function offsetPage<Row>(
  fetched: Row[],
  options: { page: number; size: number; total: ListTotal; oneMore?: boolean },
): ListPage<Row> {
  const { page, size, total } = options;
  const hasNext = options.oneMore ? fetched.length > size : undefined;
  return { rows: fetched.slice(0, size), total, size, nav: offsetNav(page, size, total, hasNext) };
}
