// The pagination fields of a list's URL schema (`?page=&size=`), for every list. Anything
// malformed falls back to page 1 and the default size rather than failing the page.
import { z } from "zod";
import { pageNumberField, pageRequestFields } from "./page-request";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "./page-sizes";

const pageSizeField = z.coerce
  .number()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .catch(DEFAULT_PAGE_SIZE)
  .default(DEFAULT_PAGE_SIZE);

/** A list read by page number (OFFSET), with page numbers up to `maxPage`. */
export function pageQueryFields(list: { maxPage: number }): { page: ReturnType<typeof pageNumberField>; size: typeof pageSizeField };
/** A list read by key: the page number and the pager's boundary rows (page-request.ts). */
export function pageQueryFields(list: { keyset: true }): typeof pageRequestFields & { size: typeof pageSizeField };
export function pageQueryFields(list: { maxPage: number } | { keyset: true }) {
  return "keyset" in list ? { ...pageRequestFields, size: pageSizeField } : { page: pageNumberField(list.maxPage), size: pageSizeField };
}
