"use client";
// One event's recipients on settings → Notifications: who, why, and a link that opens their
// email's preview (in their language) in the page's one preview frame. Rendered on the
// client from compact rows so that a recipient costs its cells in the HTML and its data once
// in the payload (the page must stay under 40 KB however many people it names, issue 9);
// the words come once per page from the page's ClientMessages (RECIPIENT_MESSAGES).
import type { Locale } from "@/lib/i18n/locales";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import type { NotificationKind, RecipientRule } from "@/lib/notifications/events";
import { useTranslations } from "@/lib/i18n/client";
import { Avatar } from "@/components/ui/avatar";

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

export function RecipientsTable({ kind, labelledBy, className, rows }: { kind: NotificationKind; labelledBy: string; className: string; rows: RecipientWire[] }) {
  const t = useTranslations("notifications");
  return (
    <div className="overflow-x-auto">
      <table className={className} aria-labelledby={labelledBy}>
        <thead>
          <tr>{(["recipient", "why", "preview"] as const).map((column) => <th key={column} scope="col">{t(`columns.${column}`)}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map(([name, email, locale, reasons]) => (
            // The link's purpose is given by its row and column headers.
            <tr key={email}>
              <th scope="row"><Avatar name={name ?? email} />{name ?? email}{name ? <small>{email}</small> : null}</th>
              <td>{reasons.map(([rule, number]) => t(`rules.${rule}`, { order: number ?? "", quote: number ?? "" })).join(", ")}</td>
              <td><a href={previewHref(kind, locale, reasons)} target={PREVIEW_FRAME}>{t("inLanguage", { language: t(`languages.${locale}`) })}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
