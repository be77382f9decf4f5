// The words of license-dialogs.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** Assign and Revoke (their errors come translated from the action). */
export const licenseDialogsWords = words("billing.licenses", "common.cancel", "common.close");
