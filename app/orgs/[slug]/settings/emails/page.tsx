import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { EMAIL_STATUSES, emailLogQuerySchema, listOrganizationEmails } from "@/lib/mail/organization-emails";
import { carriesSecrets } from "@/lib/mail/outbox-secrets";
import { GetForm } from "@/components/ui/get-form";
import { NoticeRegion } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { EmailLogTable } from "@/components/email-log-table";
import { ListPagination } from "@/components/list-pagination";
import { ClientMessages } from "@/components/client-messages";
import { emailLogRetryWords, emailLogTableWords } from "@/components/email-log-table.words";
import { words } from "@/lib/i18n/pick-messages";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("outbox.title") };
}

export default async function EmailDeliveryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const access = await requirePageAccess((await params).slug, "emails.manage");
  const query = emailLogQuerySchema.parse(await pageSearchParams(searchParams));
  const [{ t }, log] = await Promise.all([getTranslator(), listOrganizationEmails(access, query)]);
  const slug = access.organization.slug;
  const canRetry = access.canWrite("emails.manage");
  const pageHref = (page: PageRequest) => routes.emails(slug, { status: query.status, ...pageParams(page) });
  return (
    <ClientMessages namespaces={words(emailLogTableWords, canRetry && emailLogRetryWords)}>
      <section aria-labelledby="emails-title" className="flex flex-col gap-4">
        <Link href={routes.settings(slug)} className="link inline-flex items-center gap-1 self-start text-sm">
          <Icon name="chevron-left" />
          {t("nav.settings")}
        </Link>
        <div>
          <h1 id="emails-title" className="page-title">
            {t("outbox.title")}
          </h1>
          <p className="lead mt-1">{t("outbox.intro")}</p>
        </div>
        <NoticeRegion />
        <GetForm action={routes.emails(slug)} className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1">
            <span className="field-label">{t("outbox.statusFilter")}</span>
            <select name="status" defaultValue={query.status ?? ""} className="field-input">
              <option value="">{t("outbox.anyStatus")}</option>
              {EMAIL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`outbox.status.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("primary")}>
            {t("outbox.apply")}
          </button>
        </GetForm>
        <EmailLogTable
          slug={slug}
          organization={access.organization.name}
          rows={log.rows.map(({ template, ...row }) => ({ ...row, carriesLink: carriesSecrets(template) }))}
          canRetry={canRetry}
        />
        <ListPagination nav={log.nav} hrefFor={pageHref} />
      </section>
    </ClientMessages>
  );
}
