// The API's list cursor: opaque to clients, it carries the page request the page's pager would
// link to next (the page number and, for a list read by key, the boundary row), so that
// `nextCursor` is all a client passes back, and the page's list use case reads it as its URL.
import { z } from "zod";
import type { PageRequest } from "@/lib/pagination/page-request";

export function encodeCursor(next: PageRequest): string {
  return Buffer.from(JSON.stringify(next.after ? { p: next.page, a: next.after } : { p: next.page }), "utf8").toString("base64url");
}

const decoded = z
  .object({
    p: z.number().int().min(1).max(1_000_000),
    a: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
  })
  .strict();

/** The page request a cursor names: page 1 without one; a cursor that is not ours is an invalid value. */
export const cursorField = z
  .string()
  .max(200)
  .optional()
  .transform((value, context): PageRequest => {
    if (!value) return { page: 1 };
    try {
      const { p, a } = decoded.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
      return a ? { page: p, after: a } : { page: p };
    } catch {
      context.addIssue({ code: "custom", message: "errors.invalid" });
      return z.NEVER;
    }
  });

export type ListEnvelope<Row> = { data: Row[]; nextCursor: string | null; total: { count: number; kind: string } };

/** The API's answer for a page of a list. */
export function listEnvelope<Row>(page: {
  rows: Row[];
  total: { count: number; kind: string };
  nav: { next: PageRequest | null };
}): ListEnvelope<Row> {
  return { data: page.rows, nextCursor: page.nav.next ? encodeCursor(page.nav.next) : null, total: page.total };
}
