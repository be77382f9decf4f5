// The one pager of the lists: previous/next and page numbers around the current page. It
// works whether the number of pages is known exactly, only roughly (a capped or estimated
// count), or not at all: the caller says whether a previous and a next page exist and which
// last page, if any, may be offered by number. Links come from the caller's href builder,
// which learns which link it builds (so "next" can carry a keyset boundary, lib/pagination).
// The links are worked out here, on the server; pager-view.tsx draws them.
import { PagerView, type PagerItem, type PagerViewProps } from "./pager-view";

export type PagerLink = "first" | "previous" | "next" | "last" | "number";

export type PaginationLabels = {
  /** The navigation landmark, e.g. "Pages". */
  navigation: string;
  previous: string;
  next: string;
  /** A page number's accessible name, e.g. "Page 3". */
  page: (page: number) => string;
  /** Where the reader is, e.g. "Page 2 of 9", "Page 2 of about 400", "Page 2 of 400+". */
  status: string;
};

type Props = {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** The last page, offered by number; null when unknown (e.g. "10,000+"). */
  lastPage: number | null;
  hrefFor: (page: number, link: PagerLink) => string;
  labels: PaginationLabels;
};

/** The page numbers to show: the first, the last one offered, and the neighbours of the current one; null marks a gap. */
export function pageWindow(page: number, last: number | null, around = 1): (number | null)[] {
  const end = Math.max(last ?? page, page);
  const wanted = new Set<number>([1, end]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= end) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous === 2) result.push(n - 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  });
  return result;
}

/** What the pager shows (pager-view.tsx draws it), or null when the list fits one page. */
export function pagerProps({ page, hasPrevious, hasNext, lastPage, hrefFor, labels }: Props): PagerViewProps | null {
  if (!hasPrevious && !hasNext) return null;
  // Without a known last page, the numbers stop at the next page.
  const end = lastPage ?? (hasNext ? page + 1 : page);
  const linkOf = (n: number): PagerLink =>
    n === 1 ? "first" : lastPage !== null && n === lastPage ? "last" : n === page - 1 ? "previous" : n === page + 1 ? "next" : "number";
  return {
    navigation: labels.navigation,
    status: labels.status,
    previous: hasPrevious ? { label: labels.previous, href: hrefFor(page - 1, "previous") } : null,
    next: hasNext ? { label: labels.next, href: hrefFor(page + 1, "next") } : null,
    items: pageWindow(page, end).map(
      (n): PagerItem =>
        n === null ? { kind: "gap" } : { kind: "page", number: n, label: labels.page(n), href: n === page ? null : hrefFor(n, linkOf(n)) },
    ),
  };
}

export function Pagination(props: Props) {
  const pager = pagerProps(props);
  return pager ? <PagerView {...pager} /> : null;
}
