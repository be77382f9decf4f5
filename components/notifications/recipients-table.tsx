"use client";
// One event's recipients on settings → Notifications: who, why, and a link that opens their
// email's preview (in their language) in the page's one preview frame. Rendered on the
// client from compact rows so that a recipient costs its cells in the HTML and its data once
// in the payload (the page must stay under 40 KB however many people it names);
// the words come once per page from the page's ClientMessages (RECIPIENT_MESSAGES, preview-link.ts).
import type { NotificationKind } from "@/lib/notifications/events";
import { useTranslations } from "@/lib/i18n/client";
import { Avatar } from "@/components/ui/avatar";
import { previewHref, PREVIEW_FRAME, type RecipientWire } from "./preview-link";

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
