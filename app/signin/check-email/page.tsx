import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { formatDuration } from "@/lib/i18n/format";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const { t, locale } = await getTranslator();
  return (
    <main id="main" className="auth-card">
      <h1 className="page-title">{t("auth.checkEmailTitle")}</h1>
      <p className="mt-2 text-fg">{t("auth.checkEmailBody", { lifetime: formatDuration(locale, config().SIGN_IN_LINK_MINUTES) })}</p>
    </main>
  );
}
