// The words of new-contact-dialog.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { addContactFormWords } from "./add-contact-form.words";
import { inviteContactPanelWords } from "./invite-contact-panel.words";

/** The New contact button and what it says once a contact is added. */
export const newContactButtonWords = words("contacts.newContact", "contacts.form.added", "contacts.form.showAll");

/** The dialog, Add and Invite tabs (fetched when it is about to open). */
export const newContactDialogWords = words(
  "common.close",
  "contacts.dialog",
  "contacts.form",
  addContactFormWords,
  inviteContactPanelWords,
);
