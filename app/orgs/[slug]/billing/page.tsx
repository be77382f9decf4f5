import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { PlaceholderPage } from "@/components/placeholder-page";
import { BILLING_AREA } from "@/lib/auth/capabilities";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("nav.billing") };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageAccess((await params).slug, BILLING_AREA);
  const { t } = await getTranslator();
  return <PlaceholderPage title={t("nav.billing")} body={t("org.placeholder", { area: t("nav.billing") })} />;
}
