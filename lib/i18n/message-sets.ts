// Words a page's client components need only once a dialog opens: fetched then (one server
// action, lib/i18n's catalogs) rather than sent with every page view, which keeps the pages
// within their weight budget (issue 9). Named sets, so the action serves nothing else.
import type { MessagePath } from "./pick-messages";

export const MESSAGE_SETS = {
  /** The contacts list's Edit, Disable, Disable/Reassign and Enable dialogs. */
  contactDialogs: [
    "common.cancel", "common.close", "common.genericError", "contacts.form", "contacts.edit", "contacts.disable", "contacts.enable",
    "contacts.reassign", "contacts.languages", "contactRoles", "notifications.contactEmails", "notifications.events", "notifications.rules",
  ],
  /** The New contact dialog (Add and Invite tabs). */
  newContact: [
    "common.cancel", "common.close", "common.loading", "common.english", "common.french", "contactRoles", "contacts.dialog", "contacts.form",
    "contacts.languages", "invitations.panel", "invitations.roleDescriptions",
  ],
} as const satisfies Record<string, readonly MessagePath[]>;

export type MessageSet = keyof typeof MESSAGE_SETS;
export const MESSAGE_SET_NAMES = Object.keys(MESSAGE_SETS) as MessageSet[];
