import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

// Shown for unauthorized() (authInterrupts is on, for forbidden()): pages send signed-out
// people to the sign-in page instead, so this is a fallback. It also replaces Next's
// default page, which every page's payload would otherwise carry with its inline styles.
export default async function Unauthorized() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="auth-card">
      <h1 className="page-title">{t("auth.signInTitle")}</h1>
      <Link href={routes.signIn()} className="link mt-4 inline-block">
        {t("common.signIn")}
      </Link>
    </main>
  );
}
