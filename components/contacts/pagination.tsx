import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import type { PageNav } from "@/lib/pagination/page-nav";
import type { PageRequest } from "@/lib/pagination/page-request";

/** A list's pager: previous and next pages by key, first and last, "Page 3 of about 4,000". */
export async function Pagination({ nav, hrefFor }: { nav: PageNav; hrefFor: (request: PageRequest) => string }) {
  const { t } = await getTranslator();
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  const pageOf = nav.pagesKind === "estimate" ? "pagination.pageOfAbout" : nav.pagesKind === "atLeast" ? "pagination.pageOfAtLeast" : "pagination.pageOf";
  return (
    <nav aria-label={t("contacts.pagination")} className="flex items-center justify-between gap-2">
      <span className="flex gap-2">
        {nav.first && nav.previous && nav.previous.page > 1 ? <Link href={hrefFor(nav.first)} className={link}>{t("pagination.first")}</Link> : null}
        {nav.previous ? <Link href={hrefFor(nav.previous)} className={link} rel="prev">{t("contacts.previousPage")}</Link> : null}
      </span>
      <span className="text-sm text-slate-700">{t(pageOf, { page: nav.page, pages: nav.pages })}</span>
      <span className="flex gap-2">
        {nav.next ? <Link href={hrefFor(nav.next)} className={link} rel="next">{t("contacts.nextPage")}</Link> : null}
        {nav.last && nav.next && nav.next.page < nav.last.page ? <Link href={hrefFor(nav.last)} className={link}>{t("pagination.last")}</Link> : null}
      </span>
    </nav>
  );
}
