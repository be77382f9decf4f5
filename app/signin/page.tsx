import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { signInPageQuerySchema } from "@/lib/auth/sign-in-schemas";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { SignInForm } from "@/components/sign-in-form";
import { ClientMessages } from "@/components/client-messages";
import { signInFormWords } from "@/components/sign-in-form.words";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("common.signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { callbackUrl } = signInPageQuerySchema.parse(await pageSearchParams(searchParams));
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getTranslator();
  return (
    <main id="main" className="auth-card">
      <h1 className="page-title">{t("auth.signInTitle")}</h1>
      <p className="mb-6 mt-2 text-sm text-muted">{t("auth.signInIntro")}</p>
      <ClientMessages namespaces={signInFormWords}>
        <SignInForm callbackUrl={callbackUrl} />
      </ClientMessages>
    </main>
  );
}
