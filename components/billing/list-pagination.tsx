import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import type { PageInfo } from "@/lib/pagination/capped-count";

/** Previous / next links of a billing list; past the count cap the page total shows "400+". */
export async function ListPagination({ info, hasNext, hrefFor }: { info: PageInfo; hasNext: boolean; hrefFor: (page: number) => string }) {
  const { t } = await getTranslator();
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  const pages = Math.max(info.pages, info.page);
  return (
    <nav aria-label={t("billing.pagination")} className="flex items-center justify-between gap-2 print:hidden">
      {info.page > 1 ? <Link href={hrefFor(info.page - 1)} className={link} rel="prev">{t("billing.previousPage")}</Link> : <span />}
      <span className="text-sm text-slate-700">{t(info.total.capped ? "billing.pageOfMore" : "billing.pageOf", { page: info.page, pages })}</span>
      {hasNext ? <Link href={hrefFor(info.page + 1)} className={link} rel="next">{t("billing.nextPage")}</Link> : <span />}
    </nav>
  );
}

/** "1,234 results" or "More than 10,000 results", in the viewer's language. */
export async function ResultCount({ info }: { info: PageInfo }) {
  const { t, locale } = await getTranslator();
  const count = info.total.count;
  return (
    <p role="status" className="text-sm text-slate-700">
      {info.total.capped ? t("billing.resultsCapped", { count: count.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB") }) : t("billing.results", { count })}
    </p>
  );
}

/** The list's URL with its filters and page (defaults left out). */
export function listHref(base: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || (key === "page" && value === 1) || (key === "size" && value === 25)) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
