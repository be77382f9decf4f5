import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadQuotesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { quoteWire } from "@/lib/billing/billing-wire";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { pageTitle } from "@/lib/billing/page-title";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ClientMessages } from "@/components/client-messages";
import { quotesTableWords } from "@/components/billing/billing-tables.words";
import { BillingList } from "@/components/billing/billing-list";
import { QuotesTable } from "@/components/billing/billing-tables";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.quotes.title") };
}

export default async function QuotesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadQuotesPage(db, access, query))]);
  const slug = access.organization.slug;
  return (
    <ClientMessages namespaces={quotesTableWords}>
      <BillingList
        title={t("billing.quotes.title")}
        actions={
          access.canWrite("billing.manage") ? (
            <Link href={routes.newQuote(slug)} className={buttonClass("primary")}>
              <Icon name="plus" />
              {t("billing.quotes.request")}
            </Link>
          ) : null
        }
        page={page}
        hrefFor={(n) => routes.quotes(slug, { size: query.size, page: n })}
      >
        <QuotesTable slug={slug} organization={access.organization.name} rows={page.rows.map((row) => quoteWire(row, locale))} />
      </BillingList>
    </ClientMessages>
  );
}
