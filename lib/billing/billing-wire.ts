// How the billing lists' rows travel to the browser (components/billing/billing-tables.tsx
// draws them): one named object per row, its dates and amounts formatted by the server in
// the viewer's language. Server pages build the rows here; the client tables import the
// types only.
import type { InvoiceStatus, OrderChannel, OrderStatus, QuoteStatus } from "@/lib/db/generated/enums";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { OrderRow } from "./list-orders";
import type { InvoiceRow } from "./list-invoices";
import type { QuoteRow } from "./list-quotes";
import type { LicenseRow } from "./list-licenses";

export type OrderWire = {
  id: string;
  number: string;
  placedOn: string;
  channel: OrderChannel;
  licensee: string;
  billingContact: string;
  total: string;
  status: OrderStatus;
};

export type InvoiceWire = {
  id: string;
  number: string;
  orderId: string;
  orderNumber: string;
  amount: string;
  issuedOn: string;
  dueOn: string;
  status: InvoiceStatus;
  overdue: boolean;
  /** Whether the viewer may mark it as paid. */
  payable: boolean;
};

export type QuoteWire = {
  id: string;
  number: string;
  requestedOn: string;
  /** Who asked for it, when still known. */
  requester: string | null;
  amount: string;
  validUntil: string;
  status: QuoteStatus;
};

export type LicenseWire = {
  id: string;
  product: string;
  licenseKey: string;
  orderId: string;
  orderNumber: string;
  /** Whether the viewer may open its order (else its number is shown without a link). */
  orderVisible: boolean;
  seatsUsed: number;
  seats: number;
  /** Null when it does not end. */
  validUntil: string | null;
  /** The first assignees (the rest are counted from seatsUsed). */
  assignees: { id: string; email: string }[];
};

export function orderWire(row: OrderRow, locale: Locale): OrderWire {
  return {
    id: row.id,
    number: row.number,
    placedOn: formatDate(locale, row.placedAt),
    channel: row.channel,
    licensee: row.licensee.name,
    billingContact: row.billing.name,
    total: formatMoney(locale, row.totalCents, row.currency),
    status: row.status,
  };
}

export function invoiceWire(row: InvoiceRow, locale: Locale): InvoiceWire {
  return {
    id: row.id,
    number: row.number,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    amount: formatMoney(locale, row.amountCents, row.currency),
    issuedOn: formatDate(locale, row.issuedAt),
    dueOn: formatDate(locale, row.dueAt),
    status: row.status,
    overdue: row.overdue,
    payable: row.payable,
  };
}

export function quoteWire(row: QuoteRow, locale: Locale): QuoteWire {
  return {
    id: row.id,
    number: row.number,
    requestedOn: formatDate(locale, row.createdAt),
    requester: row.requester,
    amount: formatMoney(locale, row.amountCents, row.currency),
    validUntil: formatDate(locale, row.validUntil),
    status: row.status,
  };
}

export function licenseWire(row: LicenseRow, locale: Locale): LicenseWire {
  return {
    id: row.id,
    product: row.product,
    licenseKey: row.licenseKey,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    orderVisible: row.orderVisible,
    seatsUsed: Number(row.used),
    seats: row.seats,
    validUntil: row.validUntil ? formatDate(locale, new Date(row.validUntil)) : null,
    assignees: row.assignees.map(({ id, email }) => ({ id, email })),
  };
}
