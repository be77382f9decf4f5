import Link from "next/link";
import { format, type Locale, type Messages } from "@/lib/i18n";
import type { PageNav } from "@/lib/pagination/page-nav";
import type { PageRequest } from "@/lib/pagination/page-request";
import type { ListTotal } from "@/lib/pagination/total";

/** "201", "10,000+" or "about 100,000", as the total is known. */
export function countLabel(total: Pick<ListTotal, "count" | "kind">, locale: Locale, m: Messages): string {
  const count = total.count.toLocaleString(locale);
  return total.kind === "exact" ? count : format(total.kind === "estimate" ? m.pagination.about : m.pagination.atLeast, { count });
}

export function Pagination({ nav, hrefFor, m, locale }: { nav: PageNav; hrefFor: (request: PageRequest) => string; m: Messages; locale: Locale }) {
  const s = m.contacts;
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  const pages = countLabel({ count: nav.pages, kind: nav.pagesKind }, locale, m);
  return (
    <nav aria-label={s.pagination} className="flex items-center justify-between gap-2">
      <span className="flex gap-2">
        {nav.first && nav.previous && nav.previous.page > 1 ? <Link href={hrefFor(nav.first)} className={link}>{m.pagination.first}</Link> : null}
        {nav.previous ? <Link href={hrefFor(nav.previous)} className={link} rel="prev">{s.previousPage}</Link> : null}
      </span>
      <span className="text-sm text-slate-700">{format(s.pageOf, { page: nav.page.toLocaleString(locale), pages })}</span>
      <span className="flex gap-2">
        {nav.next ? <Link href={hrefFor(nav.next)} className={link} rel="next">{s.nextPage}</Link> : null}
        {nav.last && nav.next && nav.next.page < nav.last.page ? <Link href={hrefFor(nav.last)} className={link}>{m.pagination.last}</Link> : null}
      </span>
    </nav>
  );
}
