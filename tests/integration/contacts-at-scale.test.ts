// The contacts list at 100,000 contacts, next to another organization of 20,000: the plans
// (EXPLAIN ANALYZE) of search, totals and far pages, and what they cost.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { contactsPageSql, listContacts } from "@/lib/contacts/list-contacts";
import { contactListQuerySchema } from "@/lib/contacts/schemas";
import { pageParams, type PageRequest } from "@/lib/pagination/page-request";
import { seedLarge } from "@/lib/seed/large";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};

const q = (input: Record<string, unknown>) => contactListQuerySchema.parse(input);
let big: { organizationId: string; runId: string };
let other: { runId: string };
let rareEmail: string;

beforeAll(async () => {
  const seeded = await seedLarge(db, { contacts: 100_000, users: 20, orders: 500, slug: `big-${Date.now().toString(36)}`, seed: 42 });
  big = { organizationId: seeded.organizationId, runId: seeded.runId };
  // Another organization whose every email carries its run id: a term frequent in the
  // table's statistics, absent from the big organization.
  other = await seedLarge(db, { contacts: 20_000, users: 5, orders: 50, slug: `other-${Date.now().toString(36)}`, seed: 7 });
  // What autovacuum does shortly after a bulk load: statistics, and the visibility map
  // that lets index-only scans skip the table.
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
  const [row] = await db.$queryRaw<
    { email: string }[]
  >`SELECT email FROM "Contact" WHERE "organizationId" = ${big.organizationId} ORDER BY email OFFSET 54321 LIMIT 1`;
  rareEmail = row.email;
}, 300_000);

/** The plan of the page's statement, run twice on one connection (the second, measured, with warm caches). */
async function explain(query: Record<string, unknown>): Promise<{ root: PlanNode; nodes: PlanNode[]; ms: number }> {
  const sql = contactsPageSql(big.organizationId, q(query));
  const plans = await db.$transaction(async (tx) => {
    const run = () =>
      tx.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }[]>(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`,
        ...sql.values,
      );
    await run();
    return run();
  });
  const [{ Plan: root, "Execution Time": ms }] = plans[0]["QUERY PLAN"];
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    node.Plans?.forEach(walk);
  };
  walk(root);
  return { root, nodes, ms };
}

const buffers = (node: PlanNode) => (node["Shared Hit Blocks"] ?? 0) + (node["Shared Read Blocks"] ?? 0);
/** Contact rows (or index entries) the plan's scans of Contact looked at. */
const contactRowsExamined = (nodes: PlanNode[]) =>
  nodes
    .filter((n) => n["Relation Name"] === "Contact" && /Scan/.test(n["Node Type"]))
    .reduce(
      (sum, n) =>
        sum +
        ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0) + (n["Rows Removed by Index Recheck"] ?? 0)) *
          (n["Actual Loops"] ?? 1),
      0,
    );
const seqScansOfContact = (nodes: PlanNode[]) => nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "Contact");
const indexesUsed = (nodes: PlanNode[]) => new Set(nodes.map((n) => n["Index Name"]).filter(Boolean));

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const timings: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b)[Math.floor(times / 2)];
}

describe("the contacts list at 100,000 contacts", () => {
  it("finds a rare term through the (organization, trigrams) index: no sequential scan, a few rows and buffers", async () => {
    // What a person types to find someone: part of a name and a number ("martin.66819"), or a
    // whole email address, whose domain part (here the seed's run id) is in every row.
    const local = rareEmail.split("@")[0];
    const [fullName] = local.split("-");
    const typed = fullName.split(".").slice(1).join(".");
    const [{ pages }] = await db.$queryRaw<
      { pages: number }[]
    >`SELECT relpages AS pages FROM pg_class WHERE relname = 'Contact_organizationId_searchText_id_idx'`;
    for (const [term, maxBuffers] of [
      [typed, 200],
      [local, pages / 4],
    ] as const) {
      const page = await listContacts(db, big.organizationId, q({ q: term }));
      expect(page.rows.map((r) => r.email)).toEqual([rareEmail]);
      expect(page.total).toEqual({ count: 1, kind: "exact" });
      const { root, nodes } = await explain({ q: term });
      expect(seqScansOfContact(nodes)).toEqual([]);
      expect(indexesUsed(nodes)).toContain("Contact_organizationId_searchText_trgm_idx");
      expect(contactRowsExamined(nodes), term).toBeLessThan(100);
      // A walk of the organization would read most of the list's btree index (`pages`).
      expect(buffers(root), term).toBeLessThan(maxBuffers);
    }
  });

  it("does not walk the organization for a term frequent elsewhere (the statistics think it common) but absent here", async () => {
    const page = await listContacts(db, big.organizationId, q({ q: other.runId }));
    expect(page.rows).toEqual([]);
    const { root, nodes } = await explain({ q: other.runId });
    expect(seqScansOfContact(nodes)).toEqual([]);
    expect(contactRowsExamined(nodes)).toBeLessThan(100);
    expect(buffers(root)).toBeLessThan(300);
  });

  it("never counts the whole organization: estimated unfiltered, 1,000+ for a frequent match, exact for a rare one", async () => {
    const all = await listContacts(db, big.organizationId, q({}));
    expect(all.total.kind).toBe("estimate");
    expect(Math.abs(all.total.count - 100_000)).toBeLessThan(10_000);
    expect(all.nav).toMatchObject({ page: 1, pagesKind: "estimate" });
    const { root, nodes } = await explain({});
    expect(contactRowsExamined(nodes)).toBeLessThan(100);
    // The page's 25 rows with their roles and orders, nothing like the organization's ~2,000 index pages.
    expect(buffers(root)).toBeLessThan(600);

    // In every row: read (by whatever plan, here a sequential scan) only until 1,001 are found.
    const frequent = await listContacts(db, big.organizationId, q({ q: big.runId }));
    expect(frequent.total).toEqual({ count: 1000, kind: "atLeast" });
    expect(frequent.rows).toHaveLength(25);
    const plan = await explain({ q: big.runId });
    expect(contactRowsExamined(plan.nodes)).toBeLessThan(2_000);
    const active = await explain({ status: "ACTIVE" });
    expect(contactRowsExamined(active.nodes)).toBeLessThan(2_000);
  });

  it("the last page costs no more than twice the first, by the pager's link or by its typed number", async () => {
    const first = await listContacts(db, big.organizationId, q({}));
    const lastLink = first.nav.last!;
    expect(lastLink).toMatchObject({ last: "1" });
    const last = await listContacts(db, big.organizationId, q(pageParams(lastLink)));
    expect(last.nav.next).toBeNull();
    const [{ tail }] = await db.$queryRaw<
      { tail: string }[]
    >`SELECT id AS tail FROM "Contact" WHERE "organizationId" = ${big.organizationId} ORDER BY "searchText" DESC, id DESC LIMIT 1`;
    expect(last.rows.at(-1)!.id).toBe(tail);
    const typed = await listContacts(db, big.organizationId, q({ page: String(lastLink.page) }));
    expect(typed.rows.at(-1)!.id).toBe(tail);

    // Buffers: what each plan reads (deterministic).
    const cost = async (query: Record<string, unknown>) => buffers((await explain(query)).root);
    const firstBuffers = await cost({});
    for (const query of [pageParams(lastLink), { page: String(lastLink.page) }, pageParams(last.nav.previous!)]) {
      expect(await cost(query), JSON.stringify(query)).toBeLessThanOrEqual(2 * firstBuffers);
    }
    // Time of the whole call (statement, transfer, mapping), median of 15.
    const firstMs = await median(15, () => listContacts(db, big.organizationId, q({})));
    const lastMs = await median(15, () => listContacts(db, big.organizationId, q(pageParams(lastLink))));
    const typedMs = await median(15, () => listContacts(db, big.organizationId, q({ page: String(lastLink.page) })));
    console.log(
      `[contacts at 100,000] first page ${firstMs.toFixed(2)} ms, last by link ${lastMs.toFixed(2)} ms, last by number ${typedMs.toFixed(2)} ms; buffers first ${firstBuffers}`,
    );
    expect(lastMs).toBeLessThan(2 * firstMs);
    expect(typedMs).toBeLessThan(2 * firstMs);
  });

  it("walks back from the last page and forward from the first by key, in order", async () => {
    const ordered = async (direction: "ASC" | "DESC", limit: number) =>
      (
        await db.$queryRawUnsafe<{ id: string }[]>(
          `SELECT id FROM "Contact" WHERE "organizationId" = $1 ORDER BY "searchText" ${direction}, id ${direction} LIMIT ${limit}`,
          big.organizationId,
        )
      ).map((r) => r.id);
    let request: PageRequest | null = { page: 1 };
    const forward: string[] = [];
    for (let i = 0; i < 4 && request; i++) {
      const page: Awaited<ReturnType<typeof listContacts>> = await listContacts(
        db,
        big.organizationId,
        q({ ...pageParams(request), size: "100" }),
      );
      forward.push(...page.rows.map((r) => r.id));
      request = page.nav.next;
    }
    expect(forward).toEqual(await ordered("ASC", 400));
    request = (await listContacts(db, big.organizationId, q({ size: "100" }))).nav.last;
    const backward: string[] = [];
    for (let i = 0; i < 4 && request; i++) {
      const page: Awaited<ReturnType<typeof listContacts>> = await listContacts(
        db,
        big.organizationId,
        q({ ...pageParams(request), size: "100" }),
      );
      backward.unshift(...page.rows.map((r) => r.id));
      request = page.nav.previous;
    }
    expect(backward).toEqual((await ordered("DESC", 400)).reverse());
  });
});
