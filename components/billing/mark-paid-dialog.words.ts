// The words of mark-paid-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The dialog and the invoice page's button. */
export const markPaidDialogWords = words(
  "billing.invoices.markPaid",
  "billing.invoices.markPaidTitle",
  "billing.invoices.markPaidBody",
  "billing.invoices.markedPaid",
  "billing.invoices.paymentDate",
  "common.cancel",
  "common.close",
);
