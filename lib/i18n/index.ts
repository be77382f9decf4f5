// A small typed translator shared by pages, actions and email templates.
import { en, type Messages } from "./messages/en";
import { fr } from "./messages/fr";
import { format, type Params } from "./format";

export { format, formatDate, formatDuration, formatMoney, type Params } from "./format";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "roster_locale";

const catalogs: Record<Locale, Messages> = { en, fr };

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = { [K in keyof T]: T[K] extends string ? K & string : Join<K, Paths<T[K]>> }[keyof T];
export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}


export function translator(locale: Locale): Translate {
  const messages = catalogs[locale] ?? en;
  return (key, params) => format(lookup(messages, key) ?? lookup(en, key) ?? key, params);
}

/** Translates a key that arrives as data (e.g. a zod issue message), falling back to a generic message. */
export function translateLoose(locale: Locale, key: string, params?: Params): string {
  const value = lookup(catalogs[locale] ?? en, key) ?? lookup(en, key);
  return value ? format(value, params) : translator(locale)("errors.invalid");
}

/** The visitor's language when no account says otherwise: the language cookie, else Accept-Language. */
export function localeOfVisitor(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}

/** Reads the language cookie out of a raw Cookie header. */
export function localeCookieOf(cookieHeader: string | null | undefined): string | undefined {
  return cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(\\w+)`))?.[1];
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase().split("-")[0], q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.tag).find(isLocale) ?? DEFAULT_LOCALE;
}



/** A locale's whole catalog, for passing a section of plain strings to client components. */
export function messagesFor(locale: Locale): Messages {
  return catalogs[locale] ?? en;
}
export type { Messages };
