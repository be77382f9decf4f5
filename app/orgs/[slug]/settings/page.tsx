import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("nav.settings") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "org.view");
  const { t } = await getTranslator();
  return (
    <section className="flex flex-col gap-6">
      <h1 className="page-title">{t("nav.settings")}</h1>
      {access.can("domains.manage") ? (
        <div className="card p-4">
          <Link href={routes.domains(access.organization.slug)} className="link font-semibold">
            {t("domains.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("domains.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("emails.manage") ? (
        <div className="card p-4">
          <Link href={routes.emails(access.organization.slug)} className="link font-semibold">
            {t("outbox.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("outbox.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("notifications.view") ? (
        <div className="card p-4">
          <Link href={routes.notifications(access.organization.slug)} className="link font-semibold">
            {t("notifications.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("notifications.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("audit.view") ? (
        <div className="card p-4">
          <Link href={routes.auditLog(access.organization.slug)} className="link font-semibold">
            {t("audit.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("audit.settingsLinkDescription")}</p>
        </div>
      ) : null}
      {access.can("data.export") ? (
        <div className="card p-4">
          <Link href={routes.dataExport(access.organization.slug)} className="link font-semibold">
            {t("dataExport.settingsLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("dataExport.settingsLinkDescription")}</p>
        </div>
      ) : null}
      <div>
        <h2 className="text-lg font-semibold">{t("domains.settingsInfoTitle")}</h2>
        <p role="status" className="mt-2 card p-4">
          {t("org.placeholder", { area: t("domains.settingsInfoTitle") })}
        </p>
      </div>
    </section>
  );
}
