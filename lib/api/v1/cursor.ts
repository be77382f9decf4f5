// The API's list cursor: opaque to clients, it carries the page request the page's pager would
// link to next (the page number and, for a list read by key, the boundary row), so that
// `nextCursor` is all a client passes back, and the page's list use case reads it as its URL.
// For the users and workspaces lists, which the pages read by position, it also carries the
// last row's sort key and id, and the next page starts right after that row: a stable cursor,
// whatever is added or removed meanwhile.
import { z } from "zod";
import type { PageRequest } from "@/lib/pagination/page-request";
import type { ListTotal } from "@/lib/pagination/total";

/** Where a list read by key resumes: the last row seen. */
export type Keyset = { sortKey: string; id: string };
export type CursorRequest = PageRequest & { key?: Keyset };

const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function encodeCursor(next: PageRequest, key?: Keyset): string {
  const payload = { p: next.page, ...(next.after ? { a: next.after } : {}), ...(key ? { k: [key.sortKey, key.id] } : {}) };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

const decoded = z
  .object({
    p: z.number().int().min(1).max(1_000_000),
    a: rowId.optional(),
    // A folded name or email: at most a few hundred characters.
    k: z.tuple([z.string().max(600), rowId]).optional(),
  })
  .strict();

/** The page request a cursor names: page 1 without one; a cursor that is not ours is an invalid value. */
export const cursorField = z
  .string()
  .max(1200)
  .optional()
  .transform((value, context): CursorRequest => {
    if (!value) return { page: 1 };
    try {
      const { p, a, k } = decoded.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
      return { page: p, ...(a ? { after: a } : {}), ...(k ? { key: { sortKey: k[0], id: k[1] } } : {}) };
    } catch {
      context.addIssue({ code: "custom", message: "errors.invalid" });
      return z.NEVER;
    }
  });

export type ListEnvelope<Row> = { data: Row[]; nextCursor: string | null; total: ListTotal };

/**
 * The API's answer for a page of a list. `keyOf`: for a list read by key through the cursor,
 * the key of a row (the last one's goes in `nextCursor`).
 */
export function listEnvelope<Row, Shown = Row>(
  page: { rows: Row[]; total: ListTotal; nav: { next: PageRequest | null } },
  options: { keyOf?: (row: Row) => Keyset; present?: (row: Row) => Shown } = {},
): ListEnvelope<Shown> {
  const last = page.rows[page.rows.length - 1];
  const next = page.nav.next && last ? encodeCursor(page.nav.next, options.keyOf?.(last)) : null;
  const present = options.present ?? ((row: Row) => row as unknown as Shown);
  return { data: page.rows.map(present), nextCursor: next, total: page.total };
}
