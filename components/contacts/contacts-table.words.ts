// The words of contacts-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The table, for every viewer. */
export const contactsTableWords = words(
  "contactRoles",
  "contacts.columns",
  "contacts.status",
  "contacts.languages",
  "contacts.orderRole",
  "contacts.moreOrders",
  "contacts.noRoleType",
  "contacts.tableCaption",
  "contacts.empty",
  "contacts.justAdded",
);

/** The row menu, for those who manage contacts (the dialogs' words are fetched: contactDialogs). */
export const contactsTableMenuWords = words("contacts.actions");
