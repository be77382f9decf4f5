// Which page of a list the URL asks for. Page numbers are what people see and share
// (`?page=7`); the links the pager builds also carry the id of a boundary row of the
// neighbouring page (`after=`/`before=`), so the next or previous page is found by key
// (an index range) rather than by skipping rows, and costs the same on page 4,000 as on
// page 2. `last=1` asks for the final rows when the total is only estimated.
import { z } from "zod";

/** A row id as it may appear in a URL (cuid, uuid). */
const rowId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A page number from the URL, 1 to `maxPage`; anything else is page 1. */
export function pageNumberField(maxPage: number) {
  return z.coerce.number().int().min(1).max(maxPage).catch(1).default(1);
}

/** The pagination fields of a list's URL schema; anything malformed falls back to page 1. */
export const pageRequestFields = {
  page: pageNumberField(1_000_000),
  after: rowId.optional().catch(undefined),
  before: rowId.optional().catch(undefined),
  last: z.literal("1").optional().catch(undefined),
};

export type PageRequest = { page: number; after?: string; before?: string; last?: "1" };

/**
 * How to find the page: skip rows (`offset`, page 1 and typed page numbers), take the rows
 * after or before a boundary row (`after`/`before`, the pager's links), or the final rows.
 */
export type PageMode =
  | { kind: "offset"; offset: number }
  | { kind: "after"; id: string; offset: number }
  | { kind: "before"; id: string; offset: number }
  | { kind: "last" }
  /** A page number far down a list whose total is estimated, read from the end (lib/pagination/sql.ts). */
  | { kind: "end"; offset: number };

export function pageMode(request: PageRequest, size: number): PageMode {
  const offset = (request.page - 1) * size;
  if (request.last) return { kind: "last" };
  // The offset stays as a fallback for a boundary row deleted meanwhile.
  if (request.page > 1 && request.after) return { kind: "after", id: request.after, offset };
  if (request.page > 1 && request.before) return { kind: "before", id: request.before, offset };
  return { kind: "offset", offset };
}

/** Whether the list is read towards its end (the extra row fetched is the last) or its start. */
export function readsBackwards(mode: PageMode): boolean {
  return mode.kind === "before" || mode.kind === "last" || mode.kind === "end";
}

/** URL parameters of a page request (page 1 has none). */
export function pageParams(request: PageRequest): Record<string, string> {
  const params: Record<string, string> = {};
  if (request.page > 1) params.page = String(request.page);
  if (request.after) params.after = request.after;
  if (request.before) params.before = request.before;
  if (request.last) params.last = request.last;
  return params;
}
