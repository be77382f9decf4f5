// The API's list cursor: opaque to clients, it carries the page's list position (the page use
// cases read by page number) so that `nextCursor` is all a client passes back.
import { z } from "zod";

export function encodeCursor(page: number): string {
  return Buffer.from(`p:${page}`, "utf8").toString("base64url");
}

/** The page a cursor names: 1 without a cursor; a cursor that is not ours is an invalid value. */
export const cursorField = z
  .string()
  .max(100)
  .optional()
  .transform((value, context) => {
    if (!value) return 1;
    const match = /^p:(\d{1,6})$/.exec(Buffer.from(value, "base64url").toString("utf8"));
    if (!match || Number(match[1]) < 1) {
      context.addIssue({ code: "custom", message: "errors.invalid" });
      return z.NEVER;
    }
    return Number(match[1]);
  });

export type ListEnvelope<Row> = { data: Row[]; nextCursor: string | null; total: { count: number; kind: string } };

/** The API's answer for a page of a list read by page number. */
export function listEnvelope<Row>(
  page: { rows: Row[]; total: { count: number; kind: string }; nav: { next: unknown } },
  pageNumber: number,
): ListEnvelope<Row> {
  return { data: page.rows, nextCursor: page.nav.next ? encodeCursor(pageNumber + 1) : null, total: page.total };
}
