// The words of recipients-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** A recipients table. */
export const recipientsTableWords = words(
  "notifications.columns",
  "notifications.rules",
  "notifications.inLanguage",
  "notifications.previewFor",
  "notifications.languages",
);
