import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { PlaceholderPage } from "@/components/placeholder-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("nav.users") };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageAccess((await params).slug, "users.view");
  const { t } = await getTranslator();
  return <PlaceholderPage title={t("nav.users")} body={t("org.placeholder", { area: t("nav.users") })} />;
}
