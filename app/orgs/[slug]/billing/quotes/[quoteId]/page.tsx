import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadQuotePage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { StatusBadge, QUOTE_TONES } from "@/components/billing/status-badge";

type Params = { params: Promise<{ slug: string; quoteId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.quotes.title") };
}

export default async function QuotePage({ params, searchParams }: Params) {
  const { slug, quoteId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, quote, search] = await Promise.all([getTranslator(), orNotFound(loadQuotePage(db, access, quoteId)), searchParams]);
  const money = (cents: number) => formatMoney(locale, cents, quote.currency);
  return (
    <article aria-labelledby="quote-title" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href={`/orgs/${access.organization.slug}/billing/quotes`} className="text-sm text-brand-700 hover:underline">← {t("billing.quotes.back")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="quote-title" className="text-2xl font-bold">{t("billing.quotes.detailTitle", { number: quote.number })}</h1>
          <StatusBadge label={t(`billing.quoteStatus.${quote.status}`)} tone={QUOTE_TONES[quote.status]} />
        </div>
        <p className="text-sm text-slate-600">
          {formatDate(locale, quote.createdAt, { dateStyle: "long" })} · {t("billing.quotes.requestedBy")} {quote.requester ?? "—"} · {t("billing.quotes.validUntil", { date: formatDate(locale, quote.validUntil, { dateStyle: "long" }) })}
        </p>
      </header>
      {typeof search.requested === "string" ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200">{t("billing.requestQuote.requested", { number: quote.number })}</p> : null}
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("billing.quotes.detailTitle", { number: quote.number })}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("billing.orders.lineColumns.product")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.quantity")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.unitPrice")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("billing.orders.lineColumns.amount")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {quote.items.map((item, i) => (
              <tr key={i}>
                <th scope="row" className="px-3 py-2 font-medium">{item.product} {item.plan}</th>
                <td className="px-3 py-2 text-right tabular-nums">{item.quantity.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB")}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(item.unitPriceCents)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(item.quantity * item.unitPriceCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-200 font-semibold">
              <th scope="row" colSpan={3} className="px-3 py-2 text-right">{t("billing.orders.total")}</th>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(quote.amountCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <section aria-labelledby="note-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="note-title" className="text-lg font-semibold">{t("billing.quotes.note")}</h2>
        <p className="mt-1 whitespace-pre-line text-sm">{quote.note ?? t("billing.quotes.noNote")}</p>
      </section>
    </article>
  );
}
