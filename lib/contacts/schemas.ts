// One zod schema per contacts input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { CONTACT_STATUSES, ROLE_FILTERS } from "./list-options";
import { emailField } from "@/lib/auth/schemas";
import { idField, languageField, nameField, searchField } from "@/lib/validation/fields";
import { parseListQuery } from "@/lib/validation/list-query";
import { pageQueryFields } from "@/lib/pagination/page-query";

/** Optional; digits, spaces and + ( ) . - only, so it can be dialled and exported safely. */
export const phoneField = z
  .string()
  .trim()
  .max(40, "errors.tooLong")
  .refine((value) => value === "" || /^\+?[0-9 ().-]{4,}$/.test(value), "contacts.errors.phone")
  .optional()
  .transform((value) => value || null);

/** A checkbox group: absent → [], one value → [value]; unknown roles are refused, duplicates dropped. */
export const contactRolesField = z
  .preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(CONTACT_ROLES, { error: "contacts.errors.unknownRole" })).max(CONTACT_ROLES.length),
  )
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
const orderIdsField = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(idField).min(1, "errors.required").max(10_000),
);

export const disableAndReassignSchema = z.discriminatedUnion(
  "replacement",
  [
    z.object({ contactId: idField, orderIds: orderIdsField, replacement: z.literal("existing"), replacementEmail: emailField }),
    z.object({
      contactId: idField,
      orderIds: orderIdsField,
      replacement: z.literal("new"),
      replacementName: nameField,
      replacementEmail: emailField,
      replacementLanguage: languageField.default("en"),
    }),
  ],
  { error: "errors.invalid" },
);
export type DisableAndReassignInput = z.output<typeof disableAndReassignSchema>;

/**
 * The list's URL parameters. A malformed filter falls back to its default; a search that
 * breaks the text rules fails (see parseContactListQuery), so it is never silently dropped.
 */
export const contactListQuerySchema = z.object({
  q: searchField,
  status: z.enum(CONTACT_STATUSES).optional().catch(undefined),
  role: z.enum(ROLE_FILTERS).optional().catch(undefined),
  ...pageQueryFields({ keyset: true }),
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;

/** The list's query, or the search's problem (lib/validation/list-query.ts). */
export function parseContactListQuery(raw: Record<string, unknown>) {
  return parseListQuery(contactListQuerySchema, raw);
}
