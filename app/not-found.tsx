import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("org.notFoundTitle") };
}

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="page-title">{t("org.notFoundTitle")}</h1>
      <p className="mt-2 text-fg">{t("org.notFoundBody")}</p>
      <Link href={routes.home()} className="link mt-4 inline-block">
        {t("nav.organizations")}
      </Link>
    </main>
  );
}
