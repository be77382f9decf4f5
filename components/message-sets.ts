// Words a page's client components need only once a dialog opens: fetched then (one server
// action, app/actions/messages.ts) rather than sent with every page view, which keeps the pages
// within their weight budget (tests/e2e/page-weight.spec.ts). Each set is the words its dialogs
// declare beside themselves (*.words.ts); named sets, so the action serves nothing else.
import type { Words } from "@/lib/i18n/pick-messages";
import { contactDialogsWords } from "./contacts/contact-dialogs.words";
import { newContactDialogWords } from "./contacts/new-contact-dialog.words";
import { userDialogsWords } from "./users/user-dialogs.words";
import { addUserDialogWords } from "./users/add-user-dialog.words";
import { workspaceDialogsWords } from "./workspaces/workspace-dialogs.words";
import { workspaceDetailDialogsWords } from "./workspaces/workspace-detail-dialogs.words";
import { orgSwitcherMenuWords } from "./org-switcher.words";

export const MESSAGE_SETS = {
  /** The contacts list's Edit, Disable, Disable/Reassign and Enable dialogs. */
  contactDialogs: contactDialogsWords,
  /** The New contact dialog (Add and Invite tabs). */
  newContact: newContactDialogWords,
  /** The users list's Edit, Delete and Revoke dialogs. */
  userDialogs: userDialogsWords,
  /** Add user (its invitation and Assign workspace steps). */
  addUser: addUserDialogWords,
  /** New workspace, Rename and Delete (the workspaces list and a workspace's page). */
  workspaceDialogs: workspaceDialogsWords,
  /** A workspace page's Add member, Remove member, Add workspace contact and Assign dialogs. */
  workspaceDetailDialogs: workspaceDetailDialogsWords,
  /** The header's organization switcher, open. */
  orgSwitcher: orgSwitcherMenuWords,
} as const satisfies Record<string, Words>;

export type MessageSet = keyof typeof MESSAGE_SETS;
export const MESSAGE_SET_NAMES = Object.keys(MESSAGE_SETS) as MessageSet[];
