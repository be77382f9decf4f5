import Link from "next/link";
import { format, type Messages } from "@/lib/i18n";

export function Pagination({ page, pages, hrefFor, m }: { page: number; pages: number; hrefFor: (page: number) => string; m: Messages }) {
  const s = m.contacts;
  const link = "rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label={s.pagination} className="flex items-center justify-between gap-2">
      {page > 1 ? <Link href={hrefFor(page - 1)} className={link} rel="prev">{s.previousPage}</Link> : <span />}
      <span className="text-sm text-slate-700">{format(s.pageOf, { page, pages })}</span>
      {page < pages ? <Link href={hrefFor(page + 1)} className={link} rel="next">{s.nextPage}</Link> : <span />}
    </nav>
  );
}
