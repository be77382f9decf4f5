import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { describeLastError } from "@/lib/domains/check-failure";
import { listDomains } from "@/lib/domains/list-domains";
import { AddDomainForm } from "@/components/domains/add-domain-form";
import { CopyRecordValueButton } from "@/components/domains/copy-record-value-button";
import { ClientMessages } from "@/components/client-messages";
import { DomainStatusBadge } from "@/components/domains/domain-status-badge";
import { RemoveDomainButton } from "@/components/domains/remove-domain-button";
import { VerifyDomainButton } from "@/components/domains/verify-domain-button";
import { addDomainAction, removeDomainAction, verifyDomainAction } from "./actions";

export default async function DomainsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "domains.manage");
  const { t, locale } = await getTranslator();
  const org = access.organization;
  const domains = await listDomains(access);
  const writable = org.subscriptionStatus !== "CANCELLED";
  const when = (date: Date) => formatDate(locale, date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <ClientMessages namespaces={["common.cancel", "domains.add", "domains.remove", "domains.verify", "domains.verifying", "domains.copy", "domains.copyContext", "domains.copied", "domains.copyManually"]}>
      <section className="flex flex-col gap-6">
        <div>
          <p className="text-sm">
            <Link href={`/orgs/${org.slug}/settings`} className="text-brand-700 underline hover:text-brand-800">{t("nav.settings")}</Link>
          </p>
          <h1 className="mt-1 text-2xl font-bold">{t("domains.title")}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">{t("domains.intro", { org: org.name })}</p>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("domains.onePerOrg")}</p>
        </div>

        {writable ? (
          <AddDomainForm action={addDomainAction.bind(null, org.slug)} />
        ) : null}

        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="px-4 py-3 text-left">
              <span className="font-semibold text-slate-900">{t("domains.tableCaption", { org: org.name })}</span>
              <span className="mt-1 block text-xs font-normal text-slate-600">{t("domains.record.help")}</span>
            </caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2">{t("domains.columns.domain")}</th>
                <th scope="col" className="px-4 py-2">{t("domains.columns.status")}</th>
                <th scope="col" className="px-4 py-2">{t("domains.columns.record")}</th>
                <th scope="col" className="px-4 py-2">{t("domains.columns.actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {domains.length === 0 ? (
                <tr>
                  <td colSpan={4} className="px-4 py-6 text-center text-slate-600">{t("domains.empty")}</td>
                </tr>
              ) : (
                domains.map((item) => (
                  <tr key={item.id} className="align-top">
                    <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">{item.domain}</th>
                    <td className="px-4 py-3">
                      <DomainStatusBadge status={item.status} label={t(`domains.status.${item.status}`)} />
                      <div className="mt-1 flex flex-col gap-0.5 text-xs text-slate-600">
                        {item.status === "VERIFIED" && item.verifiedAt ? <span>{t("domains.verifiedOn", { date: when(item.verifiedAt) })}</span> : null}
                        <span>{item.lastCheckedAt ? t("domains.lastChecked", { date: when(item.lastCheckedAt) }) : t("domains.notChecked")}</span>
                        {item.status !== "VERIFIED" && item.lastError ? <span className="max-w-64 text-red-800">{describeLastError(t, item.lastError)}</span> : null}
                      </div>
                    </td>
                    <td className="px-4 py-3">
                      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1 text-xs">
                        <dt className="font-medium text-slate-600">{t("domains.record.type")}</dt>
                        <dd><code className="rounded bg-slate-100 px-1 py-0.5">{item.record.type}</code></dd>
                        <dt className="font-medium text-slate-600">{t("domains.record.host")}</dt>
                        <dd><code className="break-all rounded bg-slate-100 px-1 py-0.5">{item.record.host}</code></dd>
                        <dt className="font-medium text-slate-600">{t("domains.record.value")}</dt>
                        <dd className="flex flex-wrap items-center gap-2">
                          <code id={`txt-value-${item.id}`} className="break-all rounded bg-slate-100 px-1 py-0.5 select-all">{item.record.value}</code>
                          <CopyRecordValueButton value={item.record.value} targetId={`txt-value-${item.id}`} domain={item.domain} />
                        </dd>
                      </dl>
                      {item.status === "VERIFIED" ? <p className="mt-1 text-xs text-slate-600">{t("domains.record.keep")}</p> : null}
                    </td>
                    <td className="px-4 py-3">
                      {writable ? (
                        <div className="flex flex-wrap items-start gap-2">
                          {item.status !== "VERIFIED" ? (
                            <VerifyDomainButton action={verifyDomainAction.bind(null, org.slug)} domainId={item.id} domain={item.domain} />
                          ) : null}
                          <RemoveDomainButton action={removeDomainAction.bind(null, org.slug)} domainId={item.id} domain={item.domain} />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>
    </ClientMessages>
  );
}
