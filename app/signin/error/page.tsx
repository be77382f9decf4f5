import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { signInErrorQuerySchema } from "@/lib/auth/sign-in-schemas";
import { signInRefusalMessage, signInRefusalOf } from "@/lib/auth/sign-in-refused";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.errorTitle") };
}

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const query = signInErrorQuerySchema.parse(await pageSearchParams(searchParams));
  const { t, locale } = await getTranslator();
  // A sign-in link refused on Auth.js's own route (app/api/auth/[...nextauth]/route.ts) says how long to wait, as our form does.
  const refusal = signInRefusalOf(query);
  const message = refusal
    ? signInRefusalMessage(locale, refusal)
    : query.error === "Verification"
      ? t("auth.errorVerification")
      : t("auth.errorDefault");
  return (
    <main id="main" className="auth-card">
      <h1 className="page-title">{t("auth.errorTitle")}</h1>
      <p role="alert" className="mt-2 text-fg">
        {message}
      </p>
      <Link href={routes.signIn()} className="link mt-4 inline-block">
        {t("auth.sendLink")}
      </Link>
    </main>
  );
}
