"use client";
// The pager's markup, drawn on the client from what pagination.tsx worked out on the server:
// a server-rendered pager travels twice (its HTML, and the same elements again in the page's
// React payload, about 1 KB); as a client component its payload is only these few strings.
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "./lucide";

/** A page number: [number, accessible name, href]; no href for the current page. 0 marks a gap. */
export type PagerItem = [number, string, string?] | 0;

export type PagerViewProps = {
  navigation: string;
  status: string;
  /** [label, href] of the previous and next pages, when there are. */
  previous: [string, string] | null;
  next: [string, string] | null;
  items: PagerItem[];
};

export function PagerView({ navigation, status, previous, next, items }: PagerViewProps) {
  return (
    <nav aria-label={navigation} className="pager">
      <p>{status}</p>
      <ul>
        {previous ? (
          <li>
            <Link href={previous[1]} rel="prev" className="pager-link">
              <ChevronLeft aria-hidden="true" className="size-4" />
              {previous[0]}
            </Link>
          </li>
        ) : null}
        {items.map((item, index) => (
          <li key={item === 0 ? `gap-${index}` : item[0]}>
            {item === 0 ? (
              <span className="pager-gap" aria-hidden="true">…</span>
            ) : item[2] === undefined ? (
              <span aria-current="page" className="pager-current">
                <span className="sr-only">{item[1]}</span>
                <span aria-hidden="true">{item[0]}</span>
              </span>
            ) : (
              <Link href={item[2]} aria-label={item[1]} className="pager-link">{item[0]}</Link>
            )}
          </li>
        ))}
        {next ? (
          <li>
            <Link href={next[1]} rel="next" className="pager-link">
              {next[0]}
              <ChevronRight aria-hidden="true" className="size-4" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
