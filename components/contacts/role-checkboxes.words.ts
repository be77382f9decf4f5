// The words of role-checkboxes.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The role checkboxes and the language select. */
export const roleCheckboxesWords = words("contacts.form", "contactRoles", "contacts.languages");
