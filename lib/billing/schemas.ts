// One zod schema per billing input, shared by the forms (client) and the actions (server).
// Message strings are catalog keys, translated where the errors are shown.
import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { singleLineText } from "@/lib/validation/text";
import { idField, languageField } from "@/lib/validation/fields";
import { pageQueryFields } from "@/lib/pagination/page-query";
import { CURRENCIES } from "./catalog";

export const MAX_QUANTITY = 10_000;
export const MAX_LINES = 20;
export const MAX_NOTE = 2000;

const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];

const quantityField = z.coerce
  .number({ error: "billing.errors.quantity" })
  .int("billing.errors.quantity")
  .min(1, "billing.errors.quantity")
  .max(MAX_QUANTITY, "billing.errors.quantity");

const lineSchema = z.object({
  planId: z
    .string({ error: "billing.errors.unknownProduct" })
    .trim()
    .min(1, "billing.errors.unknownProduct")
    .max(64, "billing.errors.unknownProduct"),
  quantity: quantityField,
});

/**
 * Order or quote lines, as `lines: [{ planId, quantity }]` (direct calls) or as the form's
 * parallel `planId[]` / `quantity[]` fields; rows the form left empty are dropped.
 */
const linesField = z.array(lineSchema).min(1, "billing.errors.noLines").max(MAX_LINES, "billing.errors.tooManyLines");

function zipLines(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input = raw as Record<string, unknown>;
  if ("lines" in input) return input;
  const plans = asArray(input.planId);
  const quantities = asArray(input.quantity);
  const lines = plans
    .map((planId, i) => ({ planId, quantity: quantities[i] }))
    .filter((line) => !(line.planId === "" && (line.quantity === "" || line.quantity === undefined)));
  return { ...input, lines };
}

const currencyField = z.enum(CURRENCIES, { error: "billing.errors.currency" });

/** Optional single-line text (the shared rule for names and the like); empty → null. */
const optionalText = (max: number) =>
  singleLineText({ max, optional: true })
    .optional()
    .transform((value) => value || null);

/** Optional free text over several lines (a quote's note): no control characters but line breaks and tabs. */
const optionalNote = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value), "errors.controlCharacters")
    .optional()
    .transform((value) => value || null);

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const optionalEmail = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  emailField.optional(),
);

export type PersonInput = { contactId: string | null; name: string | null; email: string | null };

export const placeOrderSchema = z.preprocess(
  zipLines,
  z
    .object({
      lines: linesField,
      currency: currencyField,
      // A person named on an order: an existing contact (by id) or a name and email (added when new).
      licenseeContactId: optionalText(64),
      licenseeName: optionalText(120),
      licenseeEmail: optionalEmail,
      licenseeLanguage: languageField.optional(),
      /** The billing contact is the licensee unless another person is given. */
      billingSameAsLicensee: checkbox.default(true),
      billingContactId: optionalText(64),
      billingName: optionalText(120),
      billingEmail: optionalEmail,
      billingLanguage: languageField.optional(),
    })
    .superRefine((input, ctx) => {
      if (!input.licenseeContactId && !input.licenseeEmail)
        ctx.addIssue({ code: "custom", path: ["licenseeEmail"], message: "errors.required" });
      if (!input.billingSameAsLicensee && !input.billingContactId && !input.billingEmail)
        ctx.addIssue({ code: "custom", path: ["billingEmail"], message: "errors.required" });
      // A typed person needs a name too (used when the email is new to the contact list).
      if (!input.licenseeContactId && input.licenseeEmail && !input.licenseeName)
        ctx.addIssue({ code: "custom", path: ["licenseeName"], message: "errors.required" });
      if (!input.billingSameAsLicensee && !input.billingContactId && input.billingEmail && !input.billingName)
        ctx.addIssue({ code: "custom", path: ["billingName"], message: "errors.required" });
    })
    .transform((input) => {
      return {
        lines: input.lines,
        currency: input.currency,
        licensee: {
          contactId: input.licenseeContactId,
          name: input.licenseeName,
          email: input.licenseeEmail ?? null,
        } satisfies PersonInput,
        licenseeLanguage: input.licenseeLanguage,
        billing: input.billingSameAsLicensee
          ? null
          : ({ contactId: input.billingContactId, name: input.billingName, email: input.billingEmail ?? null } satisfies PersonInput),
        billingLanguage: input.billingLanguage,
      };
    }),
);
export type PlaceOrderInput = z.output<typeof placeOrderSchema>;

export const requestQuoteSchema = z.preprocess(
  zipLines,
  z.object({
    lines: linesField,
    currency: currencyField,
    note: optionalNote(MAX_NOTE),
  }),
);
export type RequestQuoteInput = z.output<typeof requestQuoteSchema>;

/** A calendar day (yyyy-mm-dd), as the date input sends it. */
const dayField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "billing.errors.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "billing.errors.date")
  .transform((value) => new Date(`${value}T00:00:00Z`));

export const markInvoicePaidSchema = z.object({
  invoiceId: idField,
  /** The day the payment arrived; today when left out. */
  paidOn: z.preprocess((value) => (value === "" ? undefined : value), dayField.optional()),
});
export type MarkInvoicePaidInput = z.output<typeof markInvoicePaidSchema>;

export const assignLicenseSchema = z.object({ licenseId: idField, email: emailField });
export type AssignLicenseInput = z.output<typeof assignLicenseSchema>;

export const revokeLicenseSchema = z.object({ assignmentId: idField });

/**
 * A field of the billing details form, which always sends every field: empty clears it, so a
 * request without the field is malformed (refused), never a silent "clear everything".
 */
const clearableText = (max: number) => singleLineText({ max, optional: true }).transform((value) => value || null);

export const billingDetailsSchema = z.object({
  legalName: clearableText(200),
  addressLine1: clearableText(200),
  addressLine2: clearableText(200),
  postalCode: clearableText(20),
  city: clearableText(100),
  country: z
    .string({ error: "errors.required" })
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || /^[A-Z]{2}$/.test(value), "billing.errors.country")
    .transform((value) => value || null),
  vatId: z
    .string({ error: "errors.required" })
    .trim()
    .toUpperCase()
    .refine((value) => value === "" || /^[A-Z0-9 .-]{4,20}$/.test(value), "billing.errors.vatId")
    .transform((value) => value || null),
});
export type BillingDetailsInput = z.output<typeof billingDetailsSchema>;

// ───────────── list URLs ─────────────

/** Billing lists grow to hundreds of thousands of rows: their page numbers go further than the users' and workspaces'. */
const pageFields = pageQueryFields({ maxPage: 100_000 });

export const INVOICE_FILTERS = ["OPEN", "OVERDUE", "PAID", "VOID"] as const;
export const invoiceListQuerySchema = z.object({
  status: z.enum(INVOICE_FILTERS).optional().catch(undefined),
  ...pageFields,
});
export type InvoiceListQuery = z.output<typeof invoiceListQuerySchema>;

export const ORDER_CHANNELS = ["ONLINE", "SALES_REP", "PARTNER"] as const;
export const orderListQuerySchema = z.object({
  channel: z.enum(ORDER_CHANNELS).optional().catch(undefined),
  ...pageFields,
});
export type OrderListQuery = z.output<typeof orderListQuerySchema>;

export const simpleListQuerySchema = z.object(pageFields);
export type SimpleListQuery = z.output<typeof simpleListQuerySchema>;
