// The words of users-bulk-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The confirmation of an action on a selection (sent to those who may act). */
export const usersBulkDialogWords = words("common.cancel", "common.close", "roles", "users.bulk");
