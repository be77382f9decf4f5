// The visitor's language when no account says otherwise: the language cookie, else the
// best match of Accept-Language, found the way next-intl's own middleware does it
// (negotiator ranks the header, @formatjs/intl-localematcher picks the supported locale).
import Negotiator from "negotiator";
import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "./locales";

/** The best supported locale for an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  // The matcher throws on a tag it cannot read ("*", "x-klingon"): leave those out, so
  // one of them does not hide a supported language listed after it.
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages().filter(isWellFormedTag);
  try {
    const best = match(requested, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(best) ? best : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function isWellFormedTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

/** The cookie's language when it names a supported one, else Accept-Language's. */
export function localeOfVisitor(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}

/** Reads the language cookie out of a raw Cookie header. */
export function localeCookieOf(cookieHeader: string | null | undefined): string | undefined {
  return cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(\\w+)`))?.[1];
}
