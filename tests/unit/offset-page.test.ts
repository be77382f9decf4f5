import { describe, expect, it } from "vitest";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListTotal } from "@/lib/pagination/total";

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `r${i}` }));
const exact = (count: number): ListTotal => ({ count, kind: "exact" });
const atLeast = (count: number): ListTotal => ({ count, kind: "atLeast" });

describe("a page read by page number", () => {
  it("drops the extra row read to know whether a next page exists", () => {
    const page = offsetPage(rows(26), { page: 1, size: 25, total: exact(60), oneMore: true });
    expect(page.rows).toHaveLength(25);
    expect(page.nav).toEqual({ page: 1, pages: 3, pagesKind: "exact", first: null, previous: null, next: { page: 2 }, last: { page: 3 } });
  });

  it("past the cap, offers a next page only when a row follows", () => {
    const end = offsetPage(rows(10), { page: 500, size: 25, total: atLeast(10_000), oneMore: true });
    expect(end.nav).toMatchObject({ pages: 500, next: null, last: null, previous: { page: 499 } });
    const middle = offsetPage(rows(26), { page: 3, size: 25, total: atLeast(10_000), oneMore: true });
    expect(middle.nav).toMatchObject({ pages: 400, pagesKind: "atLeast", next: { page: 4 }, last: null });
  });

  it("without the extra row, lets the total decide", () => {
    const page = offsetPage(rows(25), { page: 400, size: 25, total: atLeast(10_000) });
    expect(page.rows).toHaveLength(25);
    expect(page.nav).toMatchObject({ pages: 401, next: { page: 401 }, last: null });
  });
});
