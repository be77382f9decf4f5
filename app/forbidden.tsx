import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("org.forbiddenTitle") };
}

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    // The page's main landmark (the skip link's target): this replaces every layout below the root one.
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="page-title">{t("org.forbiddenTitle")}</h1>
      <p className="mt-2 text-fg">{t("org.forbiddenBody")}</p>
      <Link href={routes.home()} className="link mt-4 inline-block">
        {t("nav.organizations")}
      </Link>
    </main>
  );
}
