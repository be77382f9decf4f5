import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadLicensesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { licenseWire } from "@/lib/billing/billing-wire";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { pageTitle } from "@/lib/billing/page-title";
import { ClientMessages } from "@/components/client-messages";
import { licensesTableWords } from "@/components/billing/billing-tables.words";
import { licenseDialogsWords } from "@/components/billing/license-dialogs.words";
import { words } from "@/lib/i18n/pick-messages";
import { BillingList } from "@/components/billing/billing-list";
import { LicensesTable } from "@/components/billing/billing-tables";
import { LicenseDialogs } from "@/components/billing/license-dialogs";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.licenses.title") };
}

export default async function LicensesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t, locale }, page] = await Promise.all([getTranslator(), orNotFound(loadLicensesPage(db, access, query))]);
  const slug = access.organization.slug;
  const canManage = access.canWrite("licenses.manage");
  return (
    <ClientMessages namespaces={words(licensesTableWords, canManage && licenseDialogsWords)}>
      <BillingList title={t("billing.licenses.title")} page={page} hrefFor={(n) => routes.licenses(slug, { size: query.size, page: n })}>
        <LicensesTable
          slug={slug}
          caption={t("billing.licenses.caption", { org: access.organization.name })}
          rows={page.rows.map((row) => licenseWire(row, locale))}
          canManage={canManage}
          showOrder
        />
        {canManage ? <LicenseDialogs slug={slug} /> : null}
      </BillingList>
    </ClientMessages>
  );
}
