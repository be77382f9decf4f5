// The words of contact-emails.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** Which emails a contact gets. */
export const contactEmailsWords = words("notifications.contactEmails", "notifications.events", "notifications.rules");
