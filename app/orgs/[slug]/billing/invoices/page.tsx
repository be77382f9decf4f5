import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadInvoicesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { INVOICE_FILTERS, invoiceListQuerySchema } from "@/lib/billing/schemas";
import { invoiceWire } from "@/lib/billing/billing-wire";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { pageTitle } from "@/lib/billing/page-title";
import { ClientMessages } from "@/components/client-messages";
import { invoicesTablePayWords, invoicesTableWords } from "@/components/billing/billing-tables.words";
import { markPaidDialogWords } from "@/components/billing/mark-paid-dialog.words";
import { words } from "@/lib/i18n/pick-messages";
import { BillingList, SelectFilter } from "@/components/billing/billing-list";
import { InvoicesTable } from "@/components/billing/billing-tables";
import { MarkPaidDialog } from "@/components/billing/mark-paid-dialog";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.invoices.title") };
}

export default async function InvoicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug);
  const query = invoiceListQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadInvoicesPage(db, access, query))]);
  const slug = access.organization.slug;
  // Rows the viewer may pay get a compact "Mark as paid"; the dialog exists once, below the list.
  const canPay = page.rows.some((row) => row.payable);
  return (
    <ClientMessages namespaces={words(invoicesTableWords, canPay && words(invoicesTablePayWords, markPaidDialogWords))}>
      <BillingList
        title={t("billing.invoices.title")}
        filter={
          <SelectFilter
            action={routes.invoices(slug)}
            name="status"
            label={t("billing.invoices.statusFilter")}
            value={query.status}
            options={INVOICE_FILTERS.map((status) => ({ value: status, label: t(`billing.invoiceStatus.${status}`) }))}
          />
        }
        page={page}
        hrefFor={(n) => routes.invoices(slug, { status: query.status, size: query.size, page: n })}
      >
        <InvoicesTable slug={slug} organization={access.organization.name} rows={page.rows.map((row) => invoiceWire(row, locale))} />
        {canPay ? <MarkPaidDialog slug={slug} today={new Date().toISOString().slice(0, 10)} /> : null}
      </BillingList>
    </ClientMessages>
  );
}
