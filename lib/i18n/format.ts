// Dates, amounts and durations, without the message catalogs: client components import
// this file without shipping any translation to the browser.
export function formatDate(locale: "en" | "fr", date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeZone: "UTC", ...options }).format(date);
}

export function formatMoney(locale: "en" | "fr", cents: number, currency: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency }).format(cents / 100);
}

/** "1 hour", "90 minutes", "2 heures": a duration in whole hours when it is one, else in minutes. */
export function formatDuration(locale: "en" | "fr", minutes: number): string {
  const [value, unit] = minutes % 60 === 0 ? [minutes / 60, "hour"] : [minutes, "minute"];
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "unit", unit, unitDisplay: "long" }).format(value);
}
