// The words of apply-import-button.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

export const applyImportButtonWords = words("users.import.apply", "users.import.applying");
