import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { EMAIL_STATUSES, emailLogQuerySchema, listOrganizationEmails } from "@/lib/mail/organization-emails";
import { GetForm } from "@/components/ui/get-form";
import { NoticeRegion } from "@/components/ui/notice";
import { RetryEmailButton } from "@/components/retry-email-button";
import { Pagination } from "@/components/contacts/pagination";
import { ClientMessages } from "@/components/client-messages";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("outbox.title") };
}

const STATUS_STYLE: Record<(typeof EMAIL_STATUSES)[number], string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SENDING: "bg-sky-100 text-sky-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-700",
};

export default async function EmailDeliveryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await requirePageAccess((await params).slug, "emails.manage");
  const query = emailLogQuerySchema.parse(await searchParams);
  const [{ t, locale }, log] = await Promise.all([getTranslator(), listOrganizationEmails(access, query)]);
  const base = `/orgs/${access.organization.slug}/settings/emails`;
  const when = (date: Date) => formatDate(locale, date, { dateStyle: "medium", timeStyle: "short" });
  const canRetry = access.organization.subscriptionStatus !== "CANCELLED";
  const pageHref = (page: PageRequest) => `${base}?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), ...pageParams(page) })}`;
  return (
    <ClientMessages namespaces={canRetry && log.rows.some((email) => email.status === "FAILED") ? ["outbox.retry", "outbox.retryNamed", "outbox.retried"] : []}>
      <section aria-labelledby="emails-title" className="flex flex-col gap-4">
        <Link href={`/orgs/${access.organization.slug}/settings`} className="text-sm text-brand-700 underline">{t("nav.settings")}</Link>
        <h1 id="emails-title" className="text-2xl font-bold">{t("outbox.title")}</h1>
        <p className="text-sm text-slate-600">{t("outbox.intro")}</p>
        <NoticeRegion />
        <GetForm action={base} className="flex items-end gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("outbox.statusFilter")}
            <select name="status" defaultValue={query.status ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              <option value="">{t("outbox.anyStatus")}</option>
              {EMAIL_STATUSES.map((status) => <option key={status} value={status}>{t(`outbox.status.${status}`)}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white">{t("outbox.apply")}</button>
        </GetForm>
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("outbox.caption", { org: access.organization.name })}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {(["to", "subject", "status", "attempts", "created", "sent"] as const).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2">{t(`outbox.columns.${column}`)}</th>
                ))}
                {canRetry ? <th scope="col" className="px-3 py-2 text-right">{t("outbox.columns.actions")}</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.rows.length === 0 ? (
                <tr><td colSpan={7} className="px-3 py-6 text-center text-slate-600">{t("outbox.empty")}</td></tr>
              ) : (
                log.rows.map((email) => (
                  <tr key={email.id}>
                    <td className="px-3 py-2 break-all">{email.toName ? `${email.toName} <${email.toEmail}>` : email.toEmail}</td>
                    <td className="px-3 py-2">{email.subject}</td>
                    <td className="px-3 py-2">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[email.status]}`}>{t(`outbox.status.${email.status}`)}</span>
                      {email.lastError && email.status !== "SENT" ? <p className="mt-1 text-xs text-red-800">{email.lastError}</p> : null}
                      {email.status === "PENDING" && email.attempts > 0 ? <p className="mt-1 text-xs text-slate-600">{t("outbox.nextAttempt", { date: when(email.nextAttemptAt) })}</p> : null}
                    </td>
                    <td className="px-3 py-2">{email.attempts}</td>
                    <td className="whitespace-nowrap px-3 py-2">{when(email.createdAt)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{email.sentAt ? when(email.sentAt) : "—"}</td>
                    {canRetry ? (
                      <td className="px-3 py-2 text-right">
                        {email.status === "FAILED" ? (
                          <RetryEmailButton slug={access.organization.slug} emailId={email.id} subject={email.subject} to={email.toEmail} />
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <Pagination nav={log.nav} hrefFor={pageHref} />
      </section>
    </ClientMessages>
  );
}
