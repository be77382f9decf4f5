// The billing statuses on the kit's badge (components/ui/status-badge.tsx): one tone per
// meaning, the word always written. Server and client components both render these.
import type { InvoiceStatus, OrderStatus, QuoteStatus } from "@/lib/db/generated/enums";
import type { Translate } from "@/lib/i18n";
import { StatusBadge, type StatusTone } from "@/components/ui/status-badge";

export const INVOICE_TONES: Record<InvoiceStatus, StatusTone> = { OPEN: "info", PAID: "ok", VOID: "neutral" };
export const ORDER_TONES: Record<OrderStatus, StatusTone> = { PLACED: "info", FULFILLED: "ok", CANCELLED: "neutral" };
export const QUOTE_TONES: Record<QuoteStatus, StatusTone> = { REQUESTED: "warn", SENT: "info", ACCEPTED: "ok", EXPIRED: "neutral" };

/** An invoice's status, and "Overdue" beside it when it is. */
export function InvoiceStatusBadges({ t, status, overdue }: { t: Translate; status: InvoiceStatus; overdue: boolean }) {
  return (
    <>
      <StatusBadge tone={INVOICE_TONES[status]} label={t(`billing.invoiceStatus.${status}`)} />
      {overdue ? (
        <>
          {" "}
          <StatusBadge tone="danger" label={t("billing.overdue")} />
        </>
      ) : null}
    </>
  );
}
