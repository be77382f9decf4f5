import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadQuotesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge, QUOTE_TONES } from "@/components/billing/status-badge";
import { ListPagination, ResultCount, listHref } from "@/components/billing/list-pagination";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.quotes.title") };
}

export default async function QuotesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadQuotesPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing/quotes`;
  return (
    <section aria-labelledby="quotes-title" className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <h1 id="quotes-title" className="text-2xl font-bold">{t("billing.quotes.title")}</h1>
        {access.canWrite("billing.manage") ? (
          <Link href={`${base}/new`} className={buttonClass("primary")}>
            <Plus aria-hidden="true" className="size-4" />
            {t("billing.quotes.request")}
          </Link>
        ) : null}
      </header>
      <ResultCount info={page} />
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("billing.quotes.caption", { org: access.organization.name })}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("billing.quotes.columns.number")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.quotes.columns.date")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.quotes.columns.requester")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.quotes.columns.amount")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.quotes.columns.validUntil")}</th>
              <th scope="col" className="px-3 py-2">{t("billing.quotes.columns.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.rows.length === 0 ? (
              <tr><td colSpan={6} className="px-3 py-6 text-center text-slate-600">{t("billing.quotes.empty")}</td></tr>
            ) : page.rows.map((quote) => (
              <tr key={quote.id}>
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium"><Link href={`${base}/${quote.id}`} className="text-brand-700 hover:underline">{quote.number}</Link></th>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(locale, quote.createdAt)}</td>
                <td className="max-w-56 truncate px-3 py-2">{quote.requester ?? "—"}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatMoney(locale, quote.amountCents, quote.currency)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(locale, quote.validUntil)}</td>
                <td className="px-3 py-2"><StatusBadge label={t(`billing.quoteStatus.${quote.status}`)} tone={QUOTE_TONES[quote.status]} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ListPagination info={page} hasNext={page.hasNext} hrefFor={(n) => listHref(base, { size: query.size, page: n })} />
    </section>
  );
}
