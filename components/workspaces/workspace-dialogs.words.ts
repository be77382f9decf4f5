// The words of workspace-dialogs.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The New workspace button. */
export const newWorkspaceButtonWords = words("workspaces.newWorkspace");

/** A workspace page's Rename and Delete buttons. */
export const workspaceHeaderActionsWords = words("workspaces.rename.action", "workspaces.delete.action");

/** New workspace, Rename and Delete (fetched with the first request). */
export const workspaceDialogsWords = words(
  "common.cancel",
  "common.close",
  "workspaces.form",
  "workspaces.create",
  "workspaces.rename",
  "workspaces.delete",
);
