import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export async function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = await getTranslator();
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label={t("contacts.pagination")} className="flex items-center justify-between gap-2">
      {page > 1 ? <Link href={hrefFor(page - 1)} className={link} rel="prev">{t("contacts.previousPage")}</Link> : <span />}
      <span className="text-sm text-slate-700">{t("contacts.pageOf", { page, pages })}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} className={link} rel="next">{t("contacts.nextPage")}</Link> : <span />}
    </nav>
  );
}
