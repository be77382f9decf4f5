// The contact `searchText` column (trigram-indexed for the contacts search) is always
// exactly contactSearchText(name, email): lower-cased, accents removed, whitespace collapsed.

/** Lower-cases and strips accents (NFD, then drops combining marks) and collapses whitespace. */
export function foldForSearch(value: string): string {
  return value.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
}

export function contactSearchText(name: string, email: string): string {
  return foldForSearch(`${name} ${email}`);
}

/** Emails of users and contacts are always stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
