// The words of org-switcher.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The switcher's button. */
export const orgSwitcherButtonWords = words("orgs.switcher.button");

/** The open switcher (fetched when it is about to open). */
export const orgSwitcherMenuWords = words("orgs.switcher", "roles");
