// The bounds of the shared text fields (fields.ts), without zod: client components give
// them to their inputs as maxLength, and zod in the browser probes eval, which the CSP reports.

/** A person's, contact's or workspace's name. */
export const MAX_NAME = 120;
/** A search term typed into a list's search field. */
export const MAX_SEARCH = 100;
