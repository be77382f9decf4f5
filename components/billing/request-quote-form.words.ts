// The words of request-quote-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { lineItemsEditorWords } from "./line-items-editor.words";

/** The form (the lines' words are the order form's). */
export const requestQuoteFormWords = words("billing.requestQuote", lineItemsEditorWords);
