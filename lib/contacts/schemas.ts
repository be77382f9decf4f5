// One zod schema per contacts input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { CONTACT_STATUSES, MAX_SEARCH, PAGE_SIZES, ROLE_FILTERS } from "./list-options";
import { LOCALES } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n";
import { emailField } from "@/lib/auth/schemas";
import { singleLineText } from "@/lib/validation/text";
import { idField } from "@/lib/validation/id";
import { pageRequestFields } from "@/lib/pagination/page-request";

export const MAX_NAME = 120;

export const nameField = singleLineText({ max: MAX_NAME });
export const languageField = z.enum(LOCALES, { error: "errors.invalid" });
/** Optional; digits, spaces and + ( ) . - only, so it can be dialled and exported safely. */
export const phoneField = z
  .string()
  .trim()
  .max(40, "errors.tooLong")
  .refine((value) => value === "" || /^\+?[0-9 ().-]{4,}$/.test(value), "contacts.errors.phone")
  .optional()
  .transform((value) => value || null);

export { idField };

/** A checkbox group: absent → [], one value → [value]; unknown roles are refused, duplicates dropped. */
export const contactRolesField = z
  .preprocess((value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(CONTACT_ROLES, { error: "contacts.errors.unknownRole" })).max(CONTACT_ROLES.length))
  .transform((roles) => [...new Set(roles)]);

export const addContactSchema = z.object({
  name: nameField,
  email: emailField,
  phone: phoneField,
  language: languageField,
  roles: contactRolesField,
});
export type AddContactInput = z.output<typeof addContactSchema>;

export const updateContactSchema = z.object({
  contactId: idField,
  name: nameField,
  phone: phoneField,
  language: languageField,
  roles: contactRolesField,
});
export type UpdateContactInput = z.output<typeof updateContactSchema>;

export const contactIdSchema = z.object({ contactId: idField });

/** Enable: the roles ticked in the dialog (it offers those the contact had when disabled). */
export const enableContactSchema = z.object({ contactId: idField, roles: contactRolesField });
export type EnableContactInput = z.output<typeof enableContactSchema>;

/** The orders the dialog showed; the server refuses if they are no longer exactly the contact's orders. */
const orderIdsField = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(idField).min(1, "errors.required").max(10_000));

export const disableAndReassignSchema = z.discriminatedUnion("replacement", [
  z.object({ contactId: idField, orderIds: orderIdsField, replacement: z.literal("existing"), replacementEmail: emailField }),
  z.object({ contactId: idField, orderIds: orderIdsField, replacement: z.literal("new"), replacementName: nameField, replacementEmail: emailField, replacementLanguage: languageField.default("en") }),
], { error: "errors.invalid" });
export type DisableAndReassignInput = z.output<typeof disableAndReassignSchema>;

export { CONTACT_STATUSES, MAX_SEARCH, ORDER_ROLE_FILTERS, PAGE_SIZES, ROLE_FILTERS } from "./list-options";

/** A search term typed by a person: the name rules, up to MAX_SEARCH characters ("" searches nothing). */
export const searchField = z.preprocess((value) => (Array.isArray(value) ? value[0] : value) ?? "", singleLineText({ max: MAX_SEARCH, optional: true }));

/**
 * The list's URL parameters. A malformed filter falls back to its default; a search that
 * breaks the text rules fails (see parseContactListQuery), so it is never silently dropped.
 */
export const contactListQuerySchema = z.object({
  q: searchField,
  status: z.enum(CONTACT_STATUSES).optional().catch(undefined),
  role: z.enum(ROLE_FILTERS).optional().catch(undefined),
  size: z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).catch(25).default(25),
  ...pageRequestFields,
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;

/** Why the search was refused: a message key (errors.*) and its parameters. */
export type SearchProblem = { messageKey: MessageKey; params: Record<string, number> };

/**
 * The list's query, or the search's problem (to show next to the search field, with no
 * results). With a problem, `query.q` keeps the text as typed for the field, and must not
 * be searched.
 */
export function parseContactListQuery(raw: Record<string, unknown>): { query: ContactListQuery; searchProblem: SearchProblem | null } {
  const parsed = contactListQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, searchProblem: null };
  // Only the search can fail: every other parameter falls back to its default.
  const issue = parsed.error.issues[0];
  const typed = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const query = { ...contactListQuerySchema.parse({ ...raw, q: "" }), q: typeof typed === "string" ? typed : "" };
  // The search field's messages are all keys of the catalogs (lib/validation/text.ts).
  return { query, searchProblem: { messageKey: issue.message as MessageKey, params: "maximum" in issue ? { max: Number(issue.maximum) } : {} } };
}
