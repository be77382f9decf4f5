import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadLicensesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import { ClientMessages } from "@/components/client-messages";
import { BillingList, listHref } from "@/components/billing/billing-list";
import { LicensesTable, LICENSE_CLIENT_MESSAGES } from "@/components/billing/licenses-table";
import { LicenseDialogs } from "@/components/billing/license-dialogs";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.licenses.title") };
}

export default async function LicensesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await searchParams);
  const [{ t }, page] = await Promise.all([getTranslator(), orNotFound(loadLicensesPage(db, access, query))]);
  const slug = access.organization.slug;
  const canManage = access.canWrite("licenses.manage");
  return (
    <ClientMessages namespaces={canManage ? LICENSE_CLIENT_MESSAGES : []}>
      <BillingList
        title={t("billing.licenses.title")}
        page={page}
        hrefFor={(n) => listHref(`/orgs/${slug}/billing/licenses`, { size: query.size, page: n })}
      >
        <LicensesTable slug={slug} rows={page.rows} caption={t("billing.licenses.caption", { org: access.organization.name })} canManage={canManage} showOrder />
        {canManage ? <LicenseDialogs slug={slug} /> : null}
      </BillingList>
    </ClientMessages>
  );
}
