import Link from "next/link";
import { signOutAction } from "@/app/actions/auth";
import { getTranslator } from "@/lib/i18n/server";
import type { SessionUser } from "@/lib/auth/session";
import { getRequestContext } from "@/lib/auth/request-context";
import { ClientMessages } from "./client-messages";
import { LanguageSwitcher } from "./language-switcher";
import { OrgSwitcher } from "./org-switcher";

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const [{ t }, context] = await Promise.all([getTranslator(), getRequestContext()]);
  // The organization of the page, from the request's one access statement (no query of its own).
  const current = context.access?.value?.organization ?? null;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">{t("app.name")}</Link>
        <div className="flex flex-wrap items-center justify-end gap-2 sm:gap-4">
          <LanguageSwitcher />
          {user ? (
            <>
              <ClientMessages namespaces={["orgs.switcher", "roles"]}>
                <OrgSwitcher current={current ? { slug: current.slug, name: current.name } : null} />
              </ClientMessages>
              <span className="hidden text-sm text-slate-600 lg:inline">{t("auth.signedInAs", { email: user.email })}</span>
              <form action={signOutAction}>
                <button type="submit" className="rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">{t("common.signOut")}</button>
              </form>
            </>
          ) : (
            <Link href="/signin" className="text-sm font-medium text-brand-700 hover:underline">{t("common.signIn")}</Link>
          )}
        </div>
      </div>
    </header>
  );
}
