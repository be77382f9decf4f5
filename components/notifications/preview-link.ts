// Settings → Notifications: the compact rows of its recipients tables, their words, and the
// links that open an email's preview in the page's one frame. A plain module: the server page
// and the client table both use it.
import type { Locale } from "@/lib/i18n/locales";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import type { NotificationKind, RecipientRule } from "@/lib/notifications/events";

export const RECIPIENT_MESSAGES: readonly MessagePath[] = ["notifications.columns", "notifications.rules", "notifications.inLanguage", "notifications.languages"];

/** A reason: its rule, and the order's or quote's number when it names one. */
export type ReasonWire = [RecipientRule] | [RecipientRule, string];
/** [name (null when only the email is known), email, language, reasons] */
export type RecipientWire = [string | null, string, Locale, ReasonWire[]];

/** The name of the frame every preview link opens in. */
export const PREVIEW_FRAME = "preview";

/** Relative to the page (/orgs/<slug>/settings/notifications), with short parameter names: the page has many. */
export function previewHref(kind: NotificationKind, locale: Locale, reasons: readonly ReasonWire[] = []): string {
  const query = new URLSearchParams({ k: kind, l: locale });
  if (reasons.length > 0) query.set("r", reasons.map((reason) => reason.join(":")).join(","));
  return `notifications/preview?${query}`;
}

