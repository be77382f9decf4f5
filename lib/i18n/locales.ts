// The supported languages, without any catalog: safe to import anywhere (schemas, client code).
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** Remembers a signed-out visitor's choice (a signed-in person's is saved on the account). */
export const LOCALE_COOKIE = "roster_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
