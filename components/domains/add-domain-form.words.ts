// The words of add-domain-form.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The form. */
export const addDomainFormWords = words("domains.add");
