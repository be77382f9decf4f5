// Types next-intl's keys and locales: useTranslations("contacts") only accepts keys of
// the English catalog, and the French one has exactly the same (messages/fr.ts).
import type { en } from "./messages/en";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
