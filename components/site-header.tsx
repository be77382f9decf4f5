// The bar at the top of every page. Its markup is a client component's (components/header-bar.tsx),
// so the page's React payload carries only its data and its few words, not its tree.
import type { SessionUser } from "@/lib/auth/session";
import { getRequestContext } from "@/lib/auth/request-context";
import { ClientMessages } from "./client-messages";
import { headerBarWords } from "./header-bar.words";
import { languageSwitcherWords } from "./language-switcher.words";
import { orgSwitcherButtonWords } from "./org-switcher.words";
import { words } from "@/lib/i18n/pick-messages";
import { HeaderBar } from "./header-bar";

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  // The organization of the page, from the request's one access statement (no query of its own).
  const context = await getRequestContext();
  const current = context.access?.value?.organization ?? null;
  return (
    <ClientMessages namespaces={words(headerBarWords, languageSwitcherWords, orgSwitcherButtonWords)}>
      <HeaderBar
        user={user ? { email: user.email, name: user.name } : null}
        current={current ? { slug: current.slug, name: current.name } : null}
      />
    </ClientMessages>
  );
}
