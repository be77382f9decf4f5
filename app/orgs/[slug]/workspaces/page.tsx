import type { Metadata } from "next";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { PlaceholderPage } from "@/components/placeholder-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("nav.workspaces") };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageAccess((await params).slug, "workspaces.viewAssigned");
  const { t } = await getTranslator();
  return <PlaceholderPage title={t("nav.workspaces")} body={t("org.placeholder", { area: t("nav.workspaces") })} />;
}
