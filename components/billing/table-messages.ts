// The words of the billing tables (billing-tables.tsx), by list: the page hands them to its
// ClientMessages once. A plain module, so server pages can read it (values exported by a
// "use client" module are only references on the server).
import type { MessagePath } from "@/lib/i18n/pick-messages";

export const BILLING_TABLE_MESSAGES = {
  orders: ["billing.orders.columns", "billing.orders.caption", "billing.orders.empty", "billing.channel", "billing.orderStatus"],
  invoices: [
    "billing.invoices.columns",
    "billing.invoices.caption",
    "billing.invoices.empty",
    "billing.invoiceStatus",
    "billing.overdue",
    "billing.actions",
  ],
  licenses: ["billing.licenses"],
  quotes: ["billing.quotes.columns", "billing.quotes.caption", "billing.quotes.empty", "billing.quoteStatus"],
} as const satisfies Record<string, readonly MessagePath[]>;

/** What those who manage licenses add: the Assign and Revoke dialogs' words (their errors come translated from the action). */
export const LICENSE_MANAGE_MESSAGES: readonly MessagePath[] = ["common.cancel", "common.close"];
