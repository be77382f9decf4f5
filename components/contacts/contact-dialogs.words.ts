// The words of contact-dialogs.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { contactEmailsWords } from "@/components/notifications/contact-emails.words";
import { roleCheckboxesWords } from "./role-checkboxes.words";

/** Edit, Disable, Disable/Reassign and Enable (fetched when a row menu opens). */
export const contactDialogsWords = words(
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
  roleCheckboxesWords,
  contactEmailsWords,
);
