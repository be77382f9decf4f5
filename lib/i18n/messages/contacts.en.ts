// English messages of the contacts area; contacts.fr.ts has the same keys.
export const contactsEn = {
  title: "Contacts",
} as const;
