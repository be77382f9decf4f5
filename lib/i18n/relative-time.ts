// "3 days ago", "il y a 3 jours", "yesterday": how long ago, in the reader's language, in the
// largest whole unit (Intl.RelativeTimeFormat); no catalog needed. Formatters are built
// once per language and options (building one costs far more than using it, and a list
// formats every row).
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

const relative = new Map<string, Intl.RelativeTimeFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const tag = (locale: "en" | "fr") => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatRelative(locale: "en" | "fr", date: Date, now: Date = new Date()): string {
  let format = relative.get(locale);
  if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(tag(locale), { numeric: "auto" })));
  const elapsed = date.getTime() - now.getTime();
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, "minute");
}

/** formatDate's output (lib/i18n/format.ts: UTC, en-GB or fr-FR), with the formatter reused. */
export function formatDateCached(locale: "en" | "fr", date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat(tag(locale), { timeZone: "UTC", ...options })));
  return format.format(date);
}
