// How the billing lists' rows travel to the browser (billing-tables.tsx renders them): compact
// tuples, dates and amounts formatted by the server in the viewer's language. A plain module:
// the server pages encode with it, the client tables decode (values exported by a
// "use client" module are only references on the server).
import type { InvoiceStatus, OrderChannel, OrderStatus, QuoteStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { LicenseRow } from "@/lib/billing/list-licenses";

/** [id, number, placed on, channel, licensee, billing contact, total, status] */
export type OrderWire = [string, string, string, OrderChannel, string, string, string, OrderStatus];
/** [id, number, order id, order number, amount, issued on, due on, flags: status (INVOICE_STATUSES index) | 4 overdue | 8 the viewer may pay it] */
export type InvoiceWire = [string, string, string, string, string, string, string, number];

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ["OPEN", "PAID", "VOID"];
export const OVERDUE = 4;
export const PAYABLE = 8;

/** The flags of an invoice's row. */
export function invoiceFlags(status: InvoiceStatus, overdue: boolean, payable: boolean): number {
  return INVOICE_STATUSES.indexOf(status) | (overdue ? OVERDUE : 0) | (payable ? PAYABLE : 0);
}

/** [id, product, license key, order id, order number, the viewer may open the order (1/0), seats used, seats, valid until ("" when it does not end), assignees shown as [id, email]] */
export type LicenseWire = [string, string, string, string, string, number, number, number, string, [string, string][]];
/** [id, number, requested on, requester, amount, valid until, status] */
export type QuoteWire = [string, string, string, string | null, string, string, QuoteStatus];

/** A license row (the licenses list's, or an order's). */
export function licenseWire(row: LicenseRow, locale: Locale): LicenseWire {
  return [
    row.id, row.product, row.licenseKey, row.orderId, row.orderNumber, row.orderVisible ? 1 : 0, Number(row.used), row.seats,
    row.validUntil ? formatDate(locale, new Date(row.validUntil)) : "", row.assignees.map((a): [string, string] => [a.id, a.email]),
  ];
}
