// The pager of a list read by page number (OFFSET): lists that stay small per organization
// (users, workspaces, a workspace's contacts — thousands, not hundreds of thousands), where
// keyset links (page-nav.ts) would add nothing. Same PageNav, so the same <Pagination>.
import type { PageNav } from "./page-nav";
import type { ListTotal } from "./total";

export function offsetNav(page: number, size: number, total: ListTotal): PageNav {
  const pages = Math.max(1, Math.ceil(total.count / size), page);
  const more = total.kind !== "exact";
  return {
    page,
    pages: more ? Math.max(pages, page + 1) : pages,
    pagesKind: total.kind,
    first: page > 1 ? { page: 1 } : null,
    previous: page > 1 ? { page: page - 1 } : null,
    next: page < pages || more ? { page: page + 1 } : null,
    last: !more && page < pages ? { page: pages } : null,
  };
}
