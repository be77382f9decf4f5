// The words of add-user-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { workspacePickerWords } from "./workspace-picker.words";

/** The Add user button. */
export const addUserButtonWords = words("users.addUser");

/** The dialog: the invitation and Assign workspace steps (fetched when it is about to open). */
export const addUserDialogWords = words(
  "common.cancel",
  "common.close",
  "common.english",
  "common.french",
  "roles",
  "users.add",
  "users.roleHelp",
  "users.resent",
  workspacePickerWords,
);
