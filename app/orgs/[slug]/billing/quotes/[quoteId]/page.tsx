import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadQuotePage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { StatusBadge } from "@/components/ui/status-badge";
import { QUOTE_TONES } from "@/components/billing/status-badge";
import { LineItemsTable } from "@/components/billing/line-items-table";

type Params = { params: Promise<{ slug: string; quoteId: string }>; searchParams: Promise<RawSearchParams> };

// Metadata and page share one load per request: the title names the record.
const load = cache(async (slug: string, id: string) => loadQuotePage(db, await requirePageAccess(slug), id));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, quoteId } = await params;
  const record = await load(slug, quoteId).catch(() => null);
  return {
    title: await pageTitle(
      slug,
      record ? "billing.quotes.detailTitle" : "billing.quotes.title",
      record ? { number: record.number } : undefined,
    ),
  };
}

export default async function QuotePage({ params, searchParams }: Params) {
  const { slug, quoteId } = await params;
  const access = await requirePageAccess(slug);
  const [{ t, locale }, quote, search] = await Promise.all([
    getTranslator(),
    orNotFound(load(slug, quoteId)),
    pageSearchParams(searchParams),
  ]);
  return (
    <article aria-labelledby="quote-title" className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href={routes.quotes(access.organization.slug)} className="link text-sm">
          ← {t("billing.quotes.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="quote-title" className="page-title">
            {t("billing.quotes.detailTitle", { number: quote.number })}
          </h1>
          <StatusBadge tone={QUOTE_TONES[quote.status]} label={t(`billing.quoteStatus.${quote.status}`)} />
        </div>
        <p className="lead">
          {formatDate(locale, quote.createdAt, { dateStyle: "long" })} · {t("billing.quotes.requestedBy")} {quote.requester ?? "—"} ·{" "}
          {t("billing.quotes.validUntil", { date: formatDate(locale, quote.validUntil, { dateStyle: "long" }) })}
        </p>
      </header>
      {search.requested !== undefined ? (
        <p role="status" className="notice-ok">
          {t("billing.requestQuote.requested", { number: quote.number })}
        </p>
      ) : null}
      <LineItemsTable
        lines={quote.items}
        currency={quote.currency}
        caption={t("billing.quotes.detailTitle", { number: quote.number })}
        total={quote.amountCents}
        totalLabel={t("billing.orders.total")}
      />
      <section aria-labelledby="note-title" className="card p-4">
        <h2 id="note-title" className="section-title">
          {t("billing.quotes.note")}
        </h2>
        <p className="mt-1 whitespace-pre-line text-sm">{quote.note ?? t("billing.quotes.noNote")}</p>
      </section>
    </article>
  );
}
