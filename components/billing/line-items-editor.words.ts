// The words of line-items-editor.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The lines of an order or a quote. */
export const lineItemsEditorWords = words("billing.placeOrder");
