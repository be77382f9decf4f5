import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { loadQuotesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import type { QuoteRow } from "@/lib/billing/list-quotes";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { Person } from "@/components/ui/avatar";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Column } from "@/components/ui/data-table";
import { BillingList, listHref } from "@/components/billing/billing-list";
import { QUOTE_TONES } from "@/components/billing/status-badge";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.quotes.title") };
}

export default async function QuotesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await searchParams);
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadQuotesPage(db, access, query))]);
  const base = `/orgs/${access.organization.slug}/billing/quotes`;
  const columns: Column<QuoteRow>[] = [
    { key: "number", header: t("billing.quotes.columns.number"), rowHeader: true, cell: (q) => <Link href={`${base}/${q.id}`} className="link">{q.number}</Link> },
    { key: "date", header: t("billing.quotes.columns.date"), cell: (q) => formatDate(locale, q.createdAt) },
    { key: "requester", header: t("billing.quotes.columns.requester"), cell: (q) => (q.requester ? <Person name={q.requester} /> : "—") },
    { key: "amount", header: t("billing.quotes.columns.amount"), className: "num", cell: (q) => formatMoney(locale, q.amountCents, q.currency) },
    { key: "valid", header: t("billing.quotes.columns.validUntil"), cell: (q) => formatDate(locale, q.validUntil) },
    { key: "status", header: t("billing.quotes.columns.status"), cell: (q) => <StatusBadge tone={QUOTE_TONES[q.status]} label={t(`billing.quoteStatus.${q.status}`)} /> },
  ];
  return (
    <BillingList
      title={t("billing.quotes.title")}
      actions={access.canWrite("billing.manage") ? (
        <Link href={`${base}/new`} className={buttonClass("primary")}><Icon name="plus" />{t("billing.quotes.request")}</Link>
      ) : null}
      page={page}
      caption={t("billing.quotes.caption", { org: access.organization.name })}
      columns={columns}
      rowKey={(q) => q.id}
      empty={t("billing.quotes.empty")}
      hrefFor={(n) => listHref(base, { size: query.size, page: n })}
    />
  );
}
