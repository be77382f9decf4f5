// The bar at the top of every page. Its markup is a client component's (components/header-bar.tsx),
// so the page's React payload carries only its data and its few words, not its tree.
import type { SessionUser } from "@/lib/auth/session";
import { ClientMessages } from "./client-messages";
import { HeaderBar } from "./header-bar";

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <ClientMessages namespaces={["app.name", "common.signOut", "common.signIn", "common.english", "common.french", "auth.signedInAs", "nav.switchLanguage"]}>
      <HeaderBar user={user ? { email: user.email, name: user.name } : null} />
    </ClientMessages>
  );
}
