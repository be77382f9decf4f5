"use client";
// The pager's markup, drawn on the client from what pagination.tsx worked out on the server:
// a server-rendered pager travels twice (its HTML, and the same elements again in the page's
// React payload, about 1 KB); as a client component its payload is only these few strings.
import Link from "next/link";
import { Icon } from "./icon";

/** A page number, named for screen readers ("Page 3"); no href for the current page. */
export type PagerPage = { kind: "page"; number: number; label: string; href: string | null };
/** Pages left out between two numbers ("…"). */
export type PagerGap = { kind: "gap" };
export type PagerItem = PagerPage | PagerGap;
/** The previous or the next page. */
export type PagerStep = { label: string; href: string };

export type PagerViewProps = {
  navigation: string;
  status: string;
  previous: PagerStep | null;
  next: PagerStep | null;
  items: PagerItem[];
};

export function PagerView({ navigation, status, previous, next, items }: PagerViewProps) {
  return (
    <nav aria-label={navigation} className="pager">
      <p>{status}</p>
      <ul>
        {previous ? (
          <li>
            <Link href={previous.href} rel="prev" className="pager-link">
              <Icon name="chevron-left" className="size-4" />
              {previous.label}
            </Link>
          </li>
        ) : null}
        {items.map((item, index) => (
          <li key={item.kind === "gap" ? `gap-${index}` : item.number}>
            {item.kind === "gap" ? (
              <span className="pager-gap" aria-hidden="true">
                …
              </span>
            ) : item.href === null ? (
              <span aria-current="page" className="pager-current">
                <span className="sr-only">{item.label}</span>
                <span aria-hidden="true">{item.number}</span>
              </span>
            ) : (
              <Link href={item.href} aria-label={item.label} className="pager-link">
                {item.number}
              </Link>
            )}
          </li>
        ))}
        {next ? (
          <li>
            <Link href={next.href} rel="next" className="pager-link">
              {next.label}
              <Icon name="chevron-right" className="size-4" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
