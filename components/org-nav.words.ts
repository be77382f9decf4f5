// The words of org-nav.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The organization's navigation and its menu button. */
export const orgNavWords = words("nav", "ui.menu");
