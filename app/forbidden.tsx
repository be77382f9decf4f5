import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <section className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">{t("org.forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("org.forbiddenBody")}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 hover:underline">{t("nav.organizations")}</Link>
    </section>
  );
}
