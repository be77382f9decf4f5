// The words of users-filters.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The search, filters, sort and page size. */
export const usersFiltersWords = words(
  "roles",
  "users.searchLabel",
  "users.roleFilter",
  "users.anyRole",
  "users.statusFilter",
  "users.anyStatus",
  "users.status",
  "users.sortLabel",
  "users.sorts",
  "users.pageSize",
  "users.apply",
  "users.reset",
);
