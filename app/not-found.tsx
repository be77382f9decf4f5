import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-bold">{t("org.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("org.notFoundBody")}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">{t("nav.organizations")}</Link>
    </main>
  );
}
