// The words of change-plan-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The dialog and its list of plans. */
export const changePlanDialogWords = words("settings.plan", "common.close", "common.cancel");
