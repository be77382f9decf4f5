import { z } from "zod";
import { singleLineText } from "@/lib/validation/text";
import { idField, languageField } from "@/lib/validation/fields";

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}

export const createOrganizationSchema = z
  .object({
    name: singleLineText({ max: 100 }),
    slug: z.string().trim().toLowerCase().max(48, "errors.tooLong").optional().default(""),
  })
  .transform((value) => ({ name: value.name, slug: value.slug || slugify(value.name) }))
  .refine((value) => SLUG_PATTERN.test(value.slug), { message: "errors.slugFormat", path: ["slug"] });

export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;

/** An organization's URL name as typed: trimmed, lower-cased, then checked against SLUG_PATTERN. */
const slugField = z
  .string({ error: "errors.required" })
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(48, "errors.tooLong")
  .refine((value) => SLUG_PATTERN.test(value), { message: "errors.slugFormat" });

/** Organization information (settings): name, URL name, default language of new contacts ("" = the adder's language). */
export const organizationInfoSchema = z.object({
  name: singleLineText({ max: 100 }),
  slug: slugField,
  defaultLocale: z.preprocess((value) => (value === "" || value === undefined ? null : value), languageField.nullable()),
});
export type OrganizationInfoInput = z.output<typeof organizationInfoSchema>;

/** Change plan: one of the catalogue's plans, by id. */
export const changePlanSchema = z.object({ planId: idField });
