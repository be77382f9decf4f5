// The language a new contact's form starts with (Add, and the new person of Disable &
// Reassign): the organization's default language when it has one, else the language of
// the interface the admin is using. (It used to be English always, whatever the organization's.)
import type { Locale } from "@/lib/i18n/locales";

export function defaultContactLanguage(organization: { id: string; defaultLocale?: Locale | null }, interfaceLocale: Locale): Locale {
  return organization.defaultLocale ?? interfaceLocale;
}
