// The words of users-bulk-bar.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { usersBulkDialogWords } from "./users-bulk-dialog.words";

/** Selection, toolbar and confirmation (sent to those who may act on a selection). */
export const usersBulkBarWords = words("users.bulk", usersBulkDialogWords);
