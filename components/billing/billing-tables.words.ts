// The words of billing-tables.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The orders table. */
export const ordersTableWords = words(
  "billing.orders.columns",
  "billing.orders.caption",
  "billing.orders.empty",
  "billing.channel",
  "billing.orderStatus",
);

/** The invoices table. */
export const invoicesTableWords = words(
  "billing.invoices.columns",
  "billing.invoices.caption",
  "billing.invoices.empty",
  "billing.invoiceStatus",
  "billing.overdue",
  "billing.actions",
);

/** Its Mark as paid buttons, for those who may mark invoices paid. */
export const invoicesTablePayWords = words("billing.invoices.markPaidNamed");

/** The licenses table. */
export const licensesTableWords = words("billing.licenses");

/** The quotes table. */
export const quotesTableWords = words("billing.quotes.columns", "billing.quotes.caption", "billing.quotes.empty", "billing.quoteStatus");
