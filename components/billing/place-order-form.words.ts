// The words of place-order-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { lineItemsEditorWords } from "./line-items-editor.words";

/** The form. */
export const placeOrderFormWords = words("billing.placeOrder", "contacts.languages", lineItemsEditorWords);
