import type { Messages } from "@/lib/i18n";

/** The plain strings the contacts client components need, picked on the server. */
export type ContactsStrings = { contacts: Messages["contacts"]; contactRoles: Messages["contactRoles"]; common: Messages["common"] };

export { format } from "@/lib/i18n/format";
