"use client";
// One event's recipients on settings → Notifications: who, why, and a link that opens their
// email's preview (in their language) in the page's one preview frame. Drawn from each
// recipient's data (lib/notifications/recipient-wire.ts); the words come once per page from
// the page's ClientMessages (recipients-table.words.ts).
import type { NotificationKind } from "@/lib/notifications/events";
import type { RecipientWire } from "@/lib/notifications/recipient-wire";
import { routes } from "@/lib/routes";
import { useTranslations } from "@/lib/i18n/client";
import { Avatar } from "@/components/ui/avatar";
import { PREVIEW_FRAME } from "./preview-link";

type Props = { slug: string; kind: NotificationKind; eventName: string; labelledBy: string; className: string; rows: RecipientWire[] };

export function RecipientsTable({ slug, kind, eventName, labelledBy, className, rows }: Props) {
  const t = useTranslations("notifications");
  // The link's name tells the rows apart: two recipients of one name by their address, one
  // person listed for two orders by why.
  const why = rows.map((recipient) =>
    recipient.reasons
      .map((reason) => t(`rules.${reason.rule}`, { order: reason.orderNumber ?? "", quote: reason.quoteNumber ?? "" }))
      .join(", "),
  );
  const shown = rows.map((recipient) => recipient.name ?? recipient.email);
  const unique = (labels: string[], index: number) => labels.indexOf(labels[index]) === labels.lastIndexOf(labels[index]);
  const withEmail = rows.map((recipient, index) => `${shown[index]} (${recipient.email})`);
  const whose = (index: number) =>
    unique(shown, index) ? shown[index] : unique(withEmail, index) ? withEmail[index] : `${withEmail[index]}, ${why[index]}`;
  return (
    // Relative: the links' visually hidden words are placed inside the scroller, not beyond the page's width.
    <div className="relative overflow-x-auto">
      <table className={className} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {(["recipient", "why", "preview"] as const).map((column) => (
              <th key={column} scope="col">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((recipient, index) => (
            // The link's name says whose email and which event (its row and column headers repeat it visually).
            <tr key={recipient.email}>
              <th scope="row">
                <Avatar name={recipient.name ?? recipient.email} />
                {recipient.name ?? recipient.email}
                {recipient.name ? <small>{recipient.email}</small> : null}
              </th>
              <td>{why[index]}</td>
              <td>
                <a
                  href={routes.notificationPreview(slug, { event: kind, language: recipient.language, reasons: recipient.reasons })}
                  target={PREVIEW_FRAME}
                >
                  {t("inLanguage", { language: t(`languages.${recipient.language}`) })}
                  <span className="sr-only">{t("previewFor", { event: eventName, recipient: whose(index) })}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
