// Keyset pages for lists read with Prisma's query builder, e.g.
//   const mode = pageMode(query, SIZE);
//   const rows = await db.invoice.findMany({ where, orderBy: [{ issuedAt: "desc" }, { id: "desc" }], ...prismaPageArgs(mode, SIZE) });
//   const page = settlePage(rows, { request: query, mode, size: SIZE, total });
// Prisma turns a cursor into a comparison with the cursor row's sort values in the same
// statement. The orderBy must end with the id so that the order is total.
import type { PageMode } from "./page-request";

export type PrismaPageArgs = { skip?: number; take: number; cursor?: { id: string } };

/** findMany arguments for the page, one row more than the page in the direction read (see settlePage). */
export function prismaPageArgs(mode: PageMode, size: number): PrismaPageArgs {
  switch (mode.kind) {
    case "offset":
      return { skip: mode.offset, take: size + 1 };
    case "after":
      return { cursor: { id: mode.id }, skip: 1, take: size + 1 };
    case "before":
      // A negative take reads backwards from the cursor; Prisma returns the rows in the orderBy's order.
      return { cursor: { id: mode.id }, skip: 1, take: -(size + 1) };
    case "last":
      return { take: -(size + 1) };
    case "end":
      throw new Error("only raw SQL lists read a page from the end (lib/pagination/sql.ts)");
  }
}

/**
 * Runs `fetch` for the page; when a cursor row no longer exists (Prisma then returns no
 * row), the page is read by its number instead. Returns the rows and the mode used.
 */
export async function fetchPage<Row>(
  mode: PageMode,
  size: number,
  fetch: (args: PrismaPageArgs) => Promise<Row[]>,
): Promise<{ rows: Row[]; mode: PageMode }> {
  const rows = await fetch(prismaPageArgs(mode, size));
  if (rows.length || (mode.kind !== "after" && mode.kind !== "before")) return { rows, mode };
  const byNumber: PageMode = { kind: "offset", offset: mode.offset };
  return { rows: await fetch(prismaPageArgs(byNumber, size)), mode: byNumber };
}
