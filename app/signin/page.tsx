import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { SignInForm } from "@/components/sign-in-form";
import { ClientMessages } from "@/components/client-messages";

export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl.parse((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-bold">{t("auth.signInTitle")}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t("auth.signInIntro")}</p>
      <ClientMessages namespaces={["auth.emailLabel", "auth.sendLink", "common.loading"]}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
    </main>
  );
}
