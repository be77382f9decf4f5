// The query fields every API list shares: `limit` (one of the pages' sizes) and `cursor`.
import { z } from "zod";
import { PAGE_SIZES } from "@/lib/pagination/page-sizes";
import { cursorField } from "./cursor";

export const listFields = {
  limit: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "errors.invalid")
    .optional(),
  cursor: cursorField,
};

/** The page's own pagination fields from the API's: its size and the page the cursor names. */
export function pageOf(query: { limit?: number; cursor: { page: number; after?: string } }) {
  return { size: query.limit, ...query.cursor };
}
