// The words of workspace-tables.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The members and contacts tables, for every viewer. */
export const workspaceTablesWords = words(
  "roles",
  "users.status",
  "workspaces.detail.columns",
  "workspaces.detail.membersCaption",
  "workspaces.detail.contactsCaption",
  "workspaces.detail.noMembers",
  "workspaces.detail.noContacts",
  "workspaces.detail.unassigned",
);

/** The rows' menus, for those who may change them. */
export const workspaceTablesMenuWords = words(
  "workspaces.detail.memberMenuNamed",
  "workspaces.detail.contactMenuNamed",
  "workspaces.detail.remove",
  "workspaces.detail.assign",
  "workspaces.detail.unassign",
  "workspaces.detail.unassignDone",
);
