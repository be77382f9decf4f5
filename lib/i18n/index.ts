// Translation outside a page's render: emails, the mail worker, actions answering in an
// explicit locale, zod issue keys. Same catalogs and ICU formatting as the pages
// (next-intl's createTranslator), same French typography (finishMessage).
import { _createCache, _createIntlFormatters, createTranslator } from "next-intl";
import { catalogs } from "./catalogs";
import { finishMessage } from "./typography";
import type { Messages } from "./messages/en";
import type { Locale } from "./locales";

export { formatDate, formatDuration, formatMoney } from "./format";
export { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "./locales";
export { localeCookieOf, localeOfVisitor, negotiateLocale } from "./negotiate";

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = { [K in keyof T]: T[K] extends string ? K & string : Join<K, Paths<T[K]>> }[keyof T];
/** Every message's dotted key, e.g. "contacts.form.saved". */
export type MessageKey = Paths<Messages>;
/** Values of an ICU message's arguments ({name}, {count, plural, …}). */
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const translators = new Map<Locale, { t: Translate; has: (key: string) => boolean }>();

type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;
type GetMessageFormat = NonNullable<Formatters["getMessageFormat"]>;

/**
 * The translator's formatters, with compiled messages kept by their text alone. next-intl
 * memoizes them by JSON-serializing every argument of every call, its default formats
 * included, which cost more than formatting (the mail worker translates thousands of messages
 * a second). This translator passes no formats or options of its own and always UTC, so a
 * message's text and locale determine its compiled form. next-intl installs its compiler on
 * first use; it is kept and called once per message.
 */
function formattersOf(): Formatters {
  const formatters: Formatters = _createIntlFormatters(_createCache());
  const compiled = new Map<string, ReturnType<GetMessageFormat>>();
  let compile: GetMessageFormat | undefined;
  const getMessageFormat: GetMessageFormat = (...args) => {
    const key = `${String(args[1])}\u0000${args[0]}`;
    let format = compiled.get(key);
    if (!format) compiled.set(key, (format = compile!(...args)));
    return format;
  };
  Object.defineProperty(formatters, "getMessageFormat", {
    get: () => compile && getMessageFormat,
    set: (library: GetMessageFormat) => (compile = library),
    enumerable: true,
  });
  return formatters;
}

function translatorOf(locale: Locale) {
  let entry = translators.get(locale);
  if (!entry) {
    // UTC as the pages' request configuration says (request.ts, format.ts).
    const base = createTranslator({
      locale,
      messages: catalogs[locale] ?? catalogs.en,
      timeZone: "UTC",
      onError: reportIntlError,
      _formatters: formattersOf(),
    });
    // The catalog's keys are checked by MessageKey; next-intl's stricter argument types need literal keys.
    const loose = base as unknown as ((key: string, values?: Params) => string) & { has: (key: string) => boolean };
    entry = { t: (key, params) => finishMessage(loose(key, params)), has: (key) => loose.has(key) };
    translators.set(locale, entry);
  }
  return entry;
}

/** A missing message or argument shows its key instead of failing the page or the email. */
export function reportIntlError(error: Error): void {
  console.error(`[i18n] ${error.message}`);
}

/** The translator of one locale (cached: its compiled messages are reused). */
export function translator(locale: Locale): Translate {
  return translatorOf(locale).t;
}

/** Translates a key that arrives as data (e.g. a zod issue message), falling back to a generic message. */
export function translateLoose(locale: Locale, key: string, params?: Params): string {
  const { t, has } = translatorOf(locale);
  return isMessageKey(key) && has(key) ? t(key, params) : t("errors.invalid");
}

function isMessageKey(key: string): key is MessageKey {
  return /^[A-Za-z]\w*(\.\w+)+$/.test(key);
}

export type { Messages };
