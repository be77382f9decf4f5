import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadLicensesPage } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { simpleListQuerySchema } from "@/lib/billing/schemas";
import { pageTitle } from "@/lib/billing/page-title";
import { ClientMessages } from "@/components/client-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { LicensesTable, LICENSE_CLIENT_MESSAGES } from "@/components/billing/licenses-table";
import { ListPagination, ResultCount, listHref } from "@/components/billing/list-pagination";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.licenses.title") };
}

export default async function LicensesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug);
  const query = simpleListQuerySchema.parse(await searchParams);
  const [{ t }, page] = await Promise.all([getTranslator(), orNotFound(loadLicensesPage(db, access, query))]);
  const canManage = access.canWrite("licenses.manage");
  return (
    <ClientMessages namespaces={canManage ? LICENSE_CLIENT_MESSAGES : []}>
      <section aria-labelledby="licenses-title" className="flex flex-col gap-4">
        <h1 id="licenses-title" className="text-2xl font-bold">{t("billing.licenses.title")}</h1>
        <NoticeRegion />
        <ResultCount info={page} />
        <LicensesTable slug={access.organization.slug} rows={page.rows} caption={t("billing.licenses.caption", { org: access.organization.name })} canManage={canManage} showOrder />
        <ListPagination info={page} hasNext={page.hasNext} hrefFor={(n) => listHref(`/orgs/${access.organization.slug}/billing/licenses`, { size: query.size, page: n })} />
      </section>
    </ClientMessages>
  );
}
