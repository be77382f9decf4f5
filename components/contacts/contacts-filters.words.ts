// The words of contacts-filters.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The search and filters. */
export const contactsFiltersWords = words(
  "contactRoles",
  "contacts.status",
  "contacts.searchLabel",
  "contacts.statusFilter",
  "contacts.roleFilter",
  "contacts.anyStatus",
  "contacts.anyRole",
  "contacts.noRole",
  "contacts.pageSize",
  "contacts.apply",
  "contacts.reset",
);
