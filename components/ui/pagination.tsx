// The one pager of the lists: previous/next and page numbers around the current page.
// Works when the number of pages is known exactly, only roughly ("about 4,000", from a
// capped or estimated count: `pagesKnown` false, the last page is then not offered by number),
// or not at all (`hasMore`: whether a next page exists). Links come from the caller's href
// builder, which also learns which link it builds (e.g. to add a keyset boundary to "next").
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

export type PagerLink = "previous" | "next" | "number";

export type PaginationLabels = {
  /** The navigation landmark, e.g. "Pagination". */
  navigation: string;
  previous: string;
  next: string;
  /** A page number's accessible name, e.g. "Page 3". */
  page: (page: number) => string;
  /** Where the reader is, e.g. "Page 2 of 9" or "Page 2 of about 400". */
  status: string;
};

type Props = {
  page: number;
  /** The number of pages when known (exactly, or roughly with pagesKnown false). */
  pages?: number | null;
  pagesKnown?: boolean;
  /** Without a number of pages: whether a next page exists. */
  hasMore?: boolean;
  hrefFor: (page: number, link: PagerLink) => string;
  labels: PaginationLabels;
};

/** The page numbers to show: the first, the last when known, and two on each side of the current one; null marks a gap. */
export function pageWindow(page: number, last: number | null, around = 1): (number | null)[] {
  const end = last ?? page;
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

export function Pagination({ page, pages = null, pagesKnown = true, hasMore, hrefFor, labels }: Props) {
  const hasNext = pages !== null ? page < pages : !!hasMore;
  if (page <= 1 && !hasNext) return null;
  // The last page is offered by number only when exactly known.
  const numbers = pageWindow(page, pages !== null && pagesKnown ? pages : hasNext ? page + 1 : page);
  return (
    <nav aria-label={labels.navigation} className="pager">
      <p>{labels.status}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1, "previous")} rel="prev" className="pager-link">
              <ChevronLeft aria-hidden="true" />
              {labels.previous}
            </Link>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <li key={n ?? `gap-${index}`}>
            {n === null ? (
              <span className="pager-gap" aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page" className="pager-current">
                <span className="sr-only">{labels.page(n)}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link href={hrefFor(n, "number")} aria-label={labels.page(n)} className="pager-link">{n}</Link>
            )}
          </li>
        ))}
        {hasNext ? (
          <li>
            <Link href={hrefFor(page + 1, "next")} rel="next" className="pager-link">
              {labels.next}
              <ChevronRight aria-hidden="true" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
