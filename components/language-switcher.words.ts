// The words of language-switcher.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The language switcher. */
export const languageSwitcherWords = words("common.english", "common.french", "nav.switchLanguage");
