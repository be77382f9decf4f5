// One zod schema per contacts input, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { LOCALES } from "@/lib/i18n";
import { emailField } from "@/lib/auth/schemas";
import { pageRequestFields } from "@/lib/pagination/page-request";

export const MAX_NAME = 120;

export const nameField = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(MAX_NAME, "errors.tooLong");
export const languageField = z.enum(LOCALES, { error: "errors.invalid" });
/** Optional; digits, spaces and + ( ) . - only, so it can be dialled and exported safely. */
export const phoneField = z
  .string()
  .trim()
  .max(40, "errors.tooLong")
  .refine((value) => value === "" || /^\+?[0-9 ().-]{4,}$/.test(value), "contacts.errors.phone")
  .optional()
  .transform((value) => value || null);

export const idField = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(64, "errors.invalid");

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

/** The orders the dialog showed; the server refuses if they are no longer exactly the contact's orders. */
const orderIdsField = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(idField).min(1, "errors.required").max(10_000));

export const disableAndReassignSchema = z.discriminatedUnion("replacement", [
  z.object({ contactId: idField, orderIds: orderIdsField, replacement: z.literal("existing"), replacementEmail: emailField }),
  z.object({ contactId: idField, orderIds: orderIdsField, replacement: z.literal("new"), replacementName: nameField, replacementEmail: emailField, replacementLanguage: languageField.default("en") }),
], { error: "errors.invalid" });
export type DisableAndReassignInput = z.output<typeof disableAndReassignSchema>;

export const CONTACT_STATUSES = ["ACTIVE", "INVITED", "DISABLED"] as const;
export const ORDER_ROLE_FILTERS = ["LICENSEE", "BILLING"] as const;
export const ROLE_FILTERS = [...CONTACT_ROLES, ...ORDER_ROLE_FILTERS, "NONE"] as const;
export const PAGE_SIZES = [25, 50, 100] as const;

/** The list's URL parameters; anything malformed falls back to the default rather than failing the page. */
export const contactListQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  status: z.enum(CONTACT_STATUSES).optional().catch(undefined),
  role: z.enum(ROLE_FILTERS).optional().catch(undefined),
  size: z.coerce.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).catch(25).default(25),
  ...pageRequestFields,
});
export type ContactListQuery = z.output<typeof contactListQuerySchema>;
