// The words of billing-details-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The dialog. */
export const billingDetailsDialogWords = words("billing.details", "common.cancel", "common.save", "common.close");
