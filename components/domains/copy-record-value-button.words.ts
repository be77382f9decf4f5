// The words of copy-record-value-button.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** Copy. */
export const copyRecordValueButtonWords = words("domains.copy", "domains.copyContext", "domains.copied", "domains.copyManually");
