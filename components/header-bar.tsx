"use client";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { signOutAction } from "@/app/actions/auth";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { Avatar } from "@/components/ui/avatar";
import { LanguageSwitcher } from "./language-switcher";
import { OrgSwitcher } from "./org-switcher";

/** The app's name, the language switch, the organization switcher, and who is signed in with Sign out (an icon on narrow screens). */
export function HeaderBar({
  user,
  current,
}: {
  user: { email: string; name: string | null } | null;
  current: { slug: string; name: string } | null;
}) {
  const t = useTranslations();
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-2.5">
        <Link href={routes.home()} className="flex items-center gap-2 text-base font-semibold">
          <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-md bg-accent text-accent-contrast">
            <Icon name="users-round" />
          </span>
          {/* On a phone the mark alone: the switcher and the language need the room. */}
          <span className="max-sm:sr-only">{t("app.name")}</span>
        </Link>
        <div className="flex min-w-0 items-center gap-2 sm:gap-4 max-lg:flex-wrap max-lg:justify-end">
          <LanguageSwitcher />
          {user ? (
            <>
              <OrgSwitcher current={current} />
              {/* Narrow screens: on a line of its own under the buttons, without the avatar. */}
              <span className="flex items-center text-sm text-muted max-lg:order-last max-lg:basis-full max-lg:justify-end max-lg:text-xs max-lg:break-all">
                <span className="max-lg:hidden">
                  <Avatar name={user.name || user.email} />
                </span>
                {t("auth.signedInAs", { email: user.email })}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="btn btn-ghost btn-sm">
                  <Icon name="log-out" />
                  <span className="max-sm:sr-only">{t("common.signOut")}</span>
                </button>
              </form>
            </>
          ) : (
            <Link href={routes.signIn()} className="link text-sm">
              {t("common.signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
