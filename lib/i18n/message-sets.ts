// Words a page's client components need only once a dialog opens: fetched then (one server
// action, lib/i18n's catalogs) rather than sent with every page view, which keeps the pages
// within their weight budget (tests/e2e/page-weight.spec.ts). Named sets, so the action serves nothing else.
import type { MessagePath } from "./pick-messages";

export const MESSAGE_SETS = {
  /** The contacts list's Edit, Disable, Disable/Reassign and Enable dialogs. */
  contactDialogs: [
    "common.cancel",
    "common.close",
    "common.genericError",
    "contacts.form",
    "contacts.edit",
    "contacts.disable",
    "contacts.enable",
    "contacts.reassign",
    "contacts.languages",
    "contactRoles",
    "notifications.contactEmails",
    "notifications.events",
    "notifications.rules",
  ],
  /** The New contact dialog (Add and Invite tabs). */
  newContact: [
    "common.cancel",
    "common.close",
    "common.loading",
    "common.english",
    "common.french",
    "contactRoles",
    "contacts.dialog",
    "contacts.form",
    "contacts.languages",
    "invitations.panel",
    "invitations.roleDescriptions",
  ],
  /** The users list's Edit, Delete and Revoke dialogs. */
  userDialogs: ["common.cancel", "common.close", "roles", "users.edit", "users.delete", "users.revoke", "users.picker", "users.roleHelp"],
  /** Add user (its invitation and Assign workspace steps). */
  addUser: [
    "common.cancel",
    "common.close",
    "common.english",
    "common.french",
    "roles",
    "users.add",
    "users.picker",
    "users.roleHelp",
    "users.resent",
  ],
  /** New workspace, Rename and Delete (the workspaces list and a workspace's page). */
  workspaceDialogs: ["common.cancel", "common.close", "workspaces.form", "workspaces.create", "workspaces.rename", "workspaces.delete"],
  /** A workspace page's Add member, Remove member, Add workspace contact and Assign dialogs. */
  workspaceDetailDialogs: ["common.cancel", "common.close", "workspaces.detail"],
  /** The header's organization switcher, open. */
  orgSwitcher: ["orgs.switcher", "roles"],
} as const satisfies Record<string, readonly MessagePath[]>;

export type MessageSet = keyof typeof MESSAGE_SETS;
export const MESSAGE_SET_NAMES = Object.keys(MESSAGE_SETS) as MessageSet[];
