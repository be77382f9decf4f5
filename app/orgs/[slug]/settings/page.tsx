import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "org.view");
  const { t } = await getTranslator();
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("nav.settings")}</h1>
      {access.can("domains.manage") ? (
        <div className="rounded-md bg-white p-4 ring-1 ring-slate-200">
          <Link href={`/orgs/${access.organization.slug}/settings/domains`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("domains.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-slate-600">{t("domains.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("emails.manage") ? (
        <div className="rounded-md bg-white p-4 ring-1 ring-slate-200">
          <Link href={`/orgs/${access.organization.slug}/settings/emails`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("outbox.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-slate-600">{t("outbox.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("notifications.view") ? (
        <div className="rounded-md bg-white p-4 ring-1 ring-slate-200">
          <Link href={`/orgs/${access.organization.slug}/settings/notifications`} className="font-semibold text-brand-700 underline hover:text-brand-800">
            {t("notifications.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-slate-600">{t("notifications.settingsLinkDescription")}</p>
        </div>
      ) : null}
      <div>
        <h2 className="text-lg font-semibold">{t("domains.settingsInfoTitle")}</h2>
        <p role="status" className="mt-2 rounded-md bg-white p-4 text-slate-700 ring-1 ring-slate-200">
          {t("org.placeholder", { area: t("domains.settingsInfoTitle") })}
        </p>
      </div>
    </section>
  );
}
