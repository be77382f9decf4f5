// The words of users-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { usersBulkBarWords } from "./users-bulk-bar.words";

/** The table, for every viewer. */
export const usersTableWords = words(
  "roles",
  "users.tableCaption",
  "users.columns",
  "users.empty",
  "users.you",
  "users.pending",
  "users.never",
  "users.invitationExpires",
  "users.invitationExpired",
  "users.workspaceCount",
  "users.workspaceMore",
);

/** The row menu and Resend's outcome, for those who may act (the dialogs' words are fetched: userDialogs). */
export const usersTableMenuWords = words("users.actions", "users.resent", "users.access.open");

/** The selection column and bar, for those who may act on a selection. */
export const usersTableSelectWords = words("users.bulk.selectColumn", "users.bulk.selectRow", usersBulkBarWords);
