// The words of add-contact-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";
import { roleCheckboxesWords } from "./role-checkboxes.words";

/** The form. */
export const addContactFormWords = words("common.cancel", "contacts.dialog", "contacts.form", roleCheckboxesWords);
