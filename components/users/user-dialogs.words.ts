// The words of user-dialogs.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { workspacePickerWords } from "./workspace-picker.words";

/** Edit, Delete and Revoke (fetched when a row menu opens). */
export const userDialogsWords = words(
  "common.cancel",
  "common.close",
  "roles",
  "users.edit",
  "users.delete",
  "users.revoke",
  "users.roleHelp",
  workspacePickerWords,
);
