import { getTranslator } from "@/lib/i18n/server";
import { formatDuration } from "@/lib/i18n/format";
import { config } from "@/lib/config";

export const dynamic = "force-dynamic";

export default async function CheckEmailPage() {
  const { t, locale } = await getTranslator();
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("auth.checkEmailTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("auth.checkEmailBody", { lifetime: formatDuration(locale, config().SIGN_IN_LINK_MINUTES) })}</p>
    </main>
  );
}
