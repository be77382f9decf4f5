import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { db } from "@/lib/db/prisma";
import { BILLING_DETAIL_FIELDS, loadOrganizationSettings } from "@/lib/orgs/load-settings";
import { ClientMessages } from "@/components/client-messages";
import { billingDetailsDialogWords } from "@/components/billing/billing-details-dialog.words";
import { organizationInfoDialogWords } from "@/components/settings/organization-info-dialog.words";
import { words } from "@/lib/i18n/pick-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { BillingDetailsDialog } from "@/components/billing/billing-details-dialog";
import { OrganizationInfoDialog } from "@/components/settings/organization-info-dialog";
import { SETTINGS_CARDS } from "./cards";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("nav.settings") };
}

// SPEC §2: org admins edit the information; billing and user admins (and primary contacts) view it.
export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "org.view");
  const { t, locale } = await getTranslator();
  const settings = await loadOrganizationSettings(db, access);
  const canEdit = access.canWrite("org.edit");
  const showBilling = access.can("billing.view") || access.can("billingDetails.edit");
  const canEditBilling = access.canWrite("billingDetails.edit");
  const cards = SETTINGS_CARDS.filter((card) => access.can(card.capability));
  const slug = access.organization.slug;
  return (
    <ClientMessages namespaces={words(canEdit && organizationInfoDialogWords, canEditBilling && billingDetailsDialogWords)}>
      <section aria-labelledby="settings-title" className="flex flex-col gap-5">
        <header>
          <h1 id="settings-title" className="page-title">
            {t("settings.title")}
          </h1>
          <p className="lead mt-1">{t("settings.intro")}</p>
        </header>
        <NoticeRegion />
        <section aria-labelledby="info-title" className="card p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 id="info-title" className="section-title">
                {t("settings.info.title")}
              </h2>
              <p className="text-sm text-muted">{t("settings.info.intro")}</p>
            </div>
            {canEdit ? (
              <OrganizationInfoDialog info={{ name: settings.name, slug: settings.slug, defaultLocale: settings.defaultLocale }} />
            ) : null}
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-muted">{t("settings.info.name")}</dt>
            <dd className="break-words">{settings.name}</dd>
            <dt className="font-medium text-muted">{t("settings.info.slug")}</dt>
            <dd className="break-words">{settings.slug}</dd>
            <dt className="font-medium text-muted">{t("settings.info.defaultLocale")}</dt>
            <dd>{settings.defaultLocale ? t(`settings.languages.${settings.defaultLocale}`) : t("settings.info.adderLanguage")}</dd>
            {settings.previousSlugs.length > 0 ? (
              <>
                <dt className="font-medium text-muted">{t("settings.info.previousSlugs")}</dt>
                <dd>
                  <ul>
                    {settings.previousSlugs.map((previous) => (
                      <li key={previous.slug}>
                        {t("settings.info.previousSlug", { slug: previous.slug, date: formatDate(locale, previous.expiresAt) })}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {!access.can("org.edit") ? <p className="mt-3 text-sm text-muted">{t("settings.info.viewOnly")}</p> : null}
        </section>
        {showBilling ? (
          <section aria-labelledby="billing-details-title" className="card p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id="billing-details-title" className="section-title">
                  {t("billing.details.title")}
                </h2>
                <p className="text-sm text-muted">{t("billing.details.intro")}</p>
              </div>
              {canEditBilling ? <BillingDetailsDialog slug={slug} details={settings.billing} /> : null}
            </div>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              {BILLING_DETAIL_FIELDS.map((field) => (
                <div key={field} className="contents">
                  <dt className="font-medium text-muted">{t(`billing.details.${field}`)}</dt>
                  <dd className="break-words">{settings.billing[field] ?? <span className="text-muted">{t("billing.notSet")}</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
        {cards.length > 0 ? (
          <section aria-labelledby="settings-cards-title">
            <h2 id="settings-cards-title" className="sr-only">
              {t("settings.cardsTitle")}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              {cards.map((card) => (
                <li key={card.key} className="card p-4">
                  <Link href={card.href(slug)} className="link font-semibold">
                    {t(card.title)}
                  </Link>
                  <p className="mt-1 text-sm text-muted">{t(card.description)}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
    </ClientMessages>
  );
}
