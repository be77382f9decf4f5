import { z } from "zod";
import { singleLineText } from "@/lib/validation/text";

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
