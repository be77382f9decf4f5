import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("auth.errorTitle")}</h1>
      <p role="alert" className="mt-2 text-slate-700">{error === "Verification" ? t("auth.errorVerification") : t("auth.errorDefault")}</p>
      <Link href="/signin" className="mt-4 inline-block font-medium text-brand-700 hover:underline">{t("auth.sendLink")}</Link>
    </main>
  );
}
