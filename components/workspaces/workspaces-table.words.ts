// The words of workspaces-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The table, for every viewer. */
export const workspacesTableWords = words(
  "workspaces.tableCaption",
  "workspaces.columns",
  "workspaces.memberCount",
  "workspaces.contactCount",
);

/** The row menu, for those who manage workspaces. */
export const workspacesTableMenuWords = words("workspaces.menuNamed", "workspaces.rename.action", "workspaces.delete.action");
