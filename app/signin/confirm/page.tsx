import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { confirmSignInQuerySchema } from "@/lib/auth/sign-in-schemas";
import { pageSearchParams, type RawSearchParams } from "@/lib/validation/search-params";
import { buttonClass } from "@/components/ui/button";

export const dynamic = "force-dynamic";

/**
 * Where the emailed sign-in link lands. Pressing the button submits the token to
 * Auth.js; merely opening the page (as mail scanners do) uses nothing up.
 */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.confirmTitle") };
}

export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token, email, callbackUrl } = confirmSignInQuerySchema.parse(await pageSearchParams(searchParams));
  const { t } = await getTranslator();
  return (
    <main id="main" className="auth-card">
      <h1 className="page-title">{t("auth.confirmTitle")}</h1>
      {token && email ? (
        <form method="get" action="/api/auth/callback/nodemailer" className="mt-4 flex flex-col gap-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="email" value={email} />
          <p className="text-fg">{t("auth.confirmBody", { email })}</p>
          <button type="submit" className={buttonClass("primary", "self-start")}>
            {t("auth.confirmButton")}
          </button>
          <p className="text-xs text-muted">{t("auth.confirmWhy")}</p>
        </form>
      ) : (
        <>
          <p role="alert" className="mt-2 text-fg">
            {t("auth.confirmInvalid")}
          </p>
          <Link href={routes.signIn()} className="link mt-4 inline-block">
            {t("auth.sendLink")}
          </Link>
        </>
      )}
    </main>
  );
}
