// Dates, amounts and durations, without the message catalogs: client components import
// this file without shipping any translation to the browser.

// Building an Intl formatter costs far more than using one (the mail worker formats
// thousands of dates a second), so each is built once per language and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

export function formatDate(locale: "en" | "fr", date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  return cached(`date|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options })).format(date);
}

export function formatMoney(locale: "en" | "fr", cents: number, currency: string): string {
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  return cached(`money|${tag}|${currency}`, () => new Intl.NumberFormat(tag, { style: "currency", currency })).format(cents / 100);
}

/** "1 hour", "90 minutes", "2 heures": a duration in whole hours when it is one, else in minutes. */
export function formatDuration(locale: "en" | "fr", minutes: number): string {
  const [value, unit] = minutes % 60 === 0 ? [minutes / 60, "hour"] : [minutes, "minute"];
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "unit", unit, unitDisplay: "long" }).format(value);
}
