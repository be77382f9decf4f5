// "3 days ago", "il y a 3 jours", "yesterday": how long ago, in the reader's language, in the
// largest whole unit (Intl.RelativeTimeFormat); no catalog needed.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000], ["month", 30 * 86_400_000], ["week", 7 * 86_400_000], ["day", 86_400_000], ["hour", 3_600_000], ["minute", 60_000],
];

export function formatRelative(locale: "en" | "fr", date: Date, now: Date = new Date()): string {
  const format = new Intl.RelativeTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { numeric: "auto" });
  const elapsed = date.getTime() - now.getTime();
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, "minute");
}
