// The words of organization-info-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The dialog and its fields. */
export const organizationInfoDialogWords = words(
  "settings.info",
  "settings.languages",
  "common.close",
  "common.cancel",
  "common.loading",
  "common.save",
);
