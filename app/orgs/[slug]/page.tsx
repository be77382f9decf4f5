import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";

export default async function OrgOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug);
  const { t } = await getTranslator();
  return (
    <section>
      <h1 className="text-2xl font-bold">{t("org.overviewTitle", { name: access.organization.name })}</h1>
      <p className="mt-2 text-slate-600">{t("org.overviewIntro", { name: access.organization.name })}</p>
      {access.orgRole ? <p className="mt-4 text-sm text-slate-700">{t("home.role", { role: t(`roles.${access.orgRole}`) })}</p> : null}
    </section>
  );
}
