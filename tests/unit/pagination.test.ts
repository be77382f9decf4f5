import { describe, expect, it } from "vitest";
import { z } from "zod";
import { settlePage } from "@/lib/pagination/page-nav";
import { pageMode, pageParams, pageRequestFields, type PageRequest } from "@/lib/pagination/page-request";
import { cappedTotal, countUpTo, type ListTotal } from "@/lib/pagination/total";

const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `r${from + i}` }));
const schema = z.object(pageRequestFields);

describe("page requests", () => {
  it("reads page numbers and boundary rows from the URL, anything malformed giving page 1", () => {
    expect(schema.parse({ page: "7", after: "abc_12-X" })).toEqual({ page: 7, after: "abc_12-X" });
    expect(schema.parse({ page: "-2", after: "x' OR 1=1", before: "", last: "yes" })).toEqual({ page: 1 });
  });

  it("finds page 1 and typed numbers by offset, the pager's links by key, last from the end", () => {
    expect(pageMode({ page: 1, after: "a" }, 25)).toEqual({ kind: "offset", offset: 0 });
    expect(pageMode({ page: 3 }, 25)).toEqual({ kind: "offset", offset: 50 });
    expect(pageMode({ page: 3, after: "a" }, 25)).toEqual({ kind: "after", id: "a", offset: 50 });
    expect(pageMode({ page: 3, before: "b" }, 25)).toEqual({ kind: "before", id: "b", offset: 50 });
    expect(pageMode({ page: 4000, last: "1" }, 25)).toEqual({ kind: "last" });
    expect(pageParams({ page: 1 })).toEqual({});
    expect(pageParams({ page: 4, after: "z" })).toEqual({ page: "4", after: "z" });
  });
});

describe("totals", () => {
  it("counts exactly up to the cap, then says at least", async () => {
    expect(cappedTotal(201)).toEqual({ count: 201, kind: "exact" });
    expect(cappedTotal(1001, 1000)).toEqual({ count: 1000, kind: "atLeast" });
    let asked = 0;
    expect(await countUpTo(async (take) => ((asked = take), Math.min(take, 5000)))).toEqual({ count: 1000, kind: "atLeast" });
    expect(asked).toBe(1001);
  });
});

describe("settlePage", () => {
  const exact = (count: number): ListTotal => ({ count, kind: "exact" });
  const settle = (fetched: { id: string }[], request: PageRequest, total: ListTotal = exact(201), mode = pageMode(request, 25)) =>
    settlePage(fetched, { request, mode, size: 25, total });

  it("page 1 of an exact total: next by key, last by number", () => {
    const page = settle(rows(1, 26), { page: 1 });
    expect(page.rows).toHaveLength(25);
    expect(page.nav).toEqual({
      page: 1,
      pages: 9,
      pagesKind: "exact",
      first: null,
      previous: null,
      next: { page: 2, after: "r25" },
      last: { page: 9 },
    });
  });

  it("a middle page found by key links both neighbours by key, page 2 back to plain page 1", () => {
    const page = settle(rows(26, 26), { page: 2, after: "r25" });
    expect(page.rows.map((r) => r.id)).toEqual(rows(26, 25).map((r) => r.id));
    expect(page.nav).toMatchObject({ page: 2, previous: { page: 1 }, next: { page: 3, after: "r50" }, first: { page: 1 } });
    const third = settle(rows(51, 26), { page: 3, after: "r50" });
    expect(third.nav.previous).toEqual({ page: 2, before: "r51" });
  });

  it("a page read backwards drops the extra row at its start, and is page 1 when nothing precedes it", () => {
    const page = settle(rows(25, 26), { page: 2, before: "r51" });
    expect(page.rows.map((r) => r.id)).toEqual(rows(26, 25).map((r) => r.id));
    expect(page.nav.next).toEqual({ page: 3, after: "r50" });
    const start = settle(rows(1, 20), { page: 2, before: "r21" });
    expect(start.nav).toMatchObject({ page: 1, previous: null, first: null });
  });

  it("the end of the list at a known position makes the total exact", () => {
    const page = settle(rows(201, 1), { page: 9 }, { count: 10_000, kind: "estimate" });
    expect(page.total).toEqual({ count: 201, kind: "exact" });
    expect(page.nav).toMatchObject({ page: 9, pages: 9, next: null, last: null });
  });

  it("an estimated total offers the last page read from the end; at least-totals offer none", () => {
    const estimate = settle(rows(1, 26), { page: 1 }, { count: 100_000, kind: "estimate" });
    expect(estimate.nav).toMatchObject({ pages: 4000, pagesKind: "estimate", last: { page: 4000, last: "1" } });
    const last = settle(rows(99_975, 26), { page: 4000, last: "1" }, { count: 100_000, kind: "estimate" });
    expect(last.rows[24].id).toBe("r100000");
    expect(last.nav).toMatchObject({ page: 4000, next: null, previous: { page: 3999, before: "r99976" } });
    const atLeast = settle(rows(1, 26), { page: 1 }, { count: 1000, kind: "atLeast" });
    expect(atLeast.nav).toMatchObject({ pages: 40, pagesKind: "atLeast", last: null, next: { page: 2 } });
  });

  it("never shows fewer pages than the pages seen prove", () => {
    const page = settle(rows(1001, 26), { page: 41, after: "r1000" }, { count: 1000, kind: "atLeast" });
    expect(page.total.count).toBe(1026);
    expect(page.nav.pages).toBe(42);
  });
});
