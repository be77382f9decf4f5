// Benchmark: the contacts list with 10,000 contacts in one organization.
// Prints the median time of listContacts() and of the whole page request
// (server render of /orgs/<slug>/contacts?q=…) on the production build, plus the
// number of database queries per list call for several page sizes; then the Billing
// orders and invoices lists at 20,000 orders (BENCH_ORDERS), the same way; then the users
// page at 2,000 users and 50 workspaces (BENCH_WORKSPACES), with its weight and the SQL
// statements of each view (counted by the server, lib/db/sql-count.ts).
//   npm run bench            (builds into .next-bench, when the sources changed, before the page requests)
//   npm run bench -- --load  load figures instead (bench/load.ts)
import { seedLarge } from "../lib/seed/large";
import { randomUUID } from "node:crypto";
import { ensureProductionBuild, machineLoad, sessionCookie, startBenchDatabase, startServer, type BenchServer } from "./support";
import { finish } from "./support/cleanup";
import { seedingProgress } from "./support/progress";
import { listContacts } from "../lib/contacts/list-contacts";
import { contactListQuerySchema } from "../lib/contacts/schemas";
import { loadOrgAccess } from "../lib/auth/access";
import { loadInvoicesPage, loadOrdersPage } from "../lib/billing/page-data";
import { invoiceListQuerySchema, orderListQuerySchema } from "../lib/billing/schemas";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 20_000);
const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 50);
/** Users page views measured: the first page, searches, a filter with a sort, a deep page, 100 rows. */
const USERS_VIEWS = ["", "q=mar", "q=elodie&size=100", "status=PENDING&sort=-lastActive", "role=MEMBER&page=20", "size=100"];
/** Billing list views measured: orders (all, a channel, a deep page), invoices (all, overdue, paid). */
const BILLING_VIEWS = [
  { list: "orders", query: "" },
  { list: "orders", query: "channel=PARTNER" },
  { list: "orders", query: "page=200" },
  { list: "invoices", query: "" },
  { list: "invoices", query: "status=OVERDUE" },
  { list: "invoices", query: "status=PAID&page=50" },
] as const;
const TERMS = ["", "mar", "dur", "elodie", "laurent.4", "domain7", "zzzz-none"];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

async function main() {
  const database = await startBenchDatabase();
  const { db } = database;
  let server: BenchServer | null = null;
  try {
    console.log(
      `seeding ${CONTACTS.toLocaleString("en")} contacts, ${ORDERS.toLocaleString("en")} orders, 2,000 users and ${WORKSPACES} workspaces into ${database.dataDir}…`,
    );
    const seeding = seedingProgress();
    const seeded = await seedLarge(db, {
      contacts: CONTACTS,
      users: 2000,
      orders: ORDERS,
      workspaces: WORKSPACES,
      slug: "bigco",
      seed: 42,
      progress: seeding.progress,
      log: seeding.log,
    });
    seeding.stop();
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    console.log(
      `seeded ${seeded.counts.contacts} contacts, ${seeded.counts.orders} orders, ${seeded.counts.users} users, ${seeded.counts.workspaces} workspaces (${seeded.counts.workspaceAssignments} assignments) in ${(seeded.elapsedMs / 1000).toFixed(1)} s`,
    );

    // 1. The data layer alone, with its query count.
    let queries = 0;
    const counting = db.$extends({
      query: {
        $allOperations: async ({ args, query }) => {
          queries++;
          return query(args);
        },
      },
    }) as unknown as typeof db;
    console.log("\nlistContacts()                         median    p95   rows  total  queries");
    for (const size of [25, 100]) {
      for (const q of TERMS) {
        const timings: number[] = [];
        let result: Awaited<ReturnType<typeof listContacts>> | null = null;
        for (let i = 0; i < RUNS; i++) {
          queries = 0;
          const started = performance.now();
          result = await listContacts(counting, seeded.organizationId, contactListQuerySchema.parse({ q, size: String(size) }));
          timings.push(performance.now() - started);
        }
        console.log(
          `  q=${JSON.stringify(q).padEnd(12)} size=${String(size).padEnd(4)}       ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${String(result!.rows.length).padStart(5)}  ${String(result!.total.count).padStart(5)}  ${queries}`,
        );
      }
    }

    // 1b. The Billing lists' data layer at ORDERS orders, counting every statement of a view (access included).
    const adminUser = await db.user.findUniqueOrThrow({ where: { email: seeded.adminEmail! } });
    console.log(`\nbilling lists at ${seeded.counts.orders} orders (access + page)   median    p95   rows  total  statements`);
    for (const view of BILLING_VIEWS) {
      const timings: number[] = [];
      let rows = 0;
      let total = "";
      for (let i = 0; i < RUNS; i++) {
        queries = 0;
        const started = performance.now();
        const access = (await loadOrgAccess(counting, adminUser.id, seeded.slug))!;
        const raw = Object.fromEntries(new URLSearchParams(view.query));
        const page =
          view.list === "orders"
            ? await loadOrdersPage(counting, access, orderListQuerySchema.parse(raw))
            : await loadInvoicesPage(counting, access, invoiceListQuerySchema.parse(raw));
        timings.push(performance.now() - started);
        rows = page.rows.length;
        total = `${page.total.count}${page.total.kind === "atLeast" ? "+" : ""}`;
      }
      console.log(
        `  ${`${view.list}?${view.query}`.padEnd(36)}  ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${String(rows).padStart(5)}  ${total.padStart(6)}  ${queries}`,
      );
    }

    // 2. The whole page request on the production build, signed in as the org admin.
    // Built only now: the data-layer figures above need no build, and a Ctrl-C during the
    // seeding needs none either.
    await ensureProductionBuild(console.log);
    const headers = { cookie: await sessionCookie(db, seeded.adminEmail!) };
    server = await startServer(database.url);
    const base = `${server.baseUrl}/orgs/${seeded.slug}/contacts`;
    for (let i = 0; i < 5; i++) await (await fetch(`${base}?q=warm`, { headers, redirect: "manual" })).text();
    console.log("\nGET /orgs/bigco/contacts (full server render)   median    p95   status");
    for (const q of TERMS) {
      for (const size of [25, 100]) {
        const timings: number[] = [];
        let status = 0;
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          const response = await fetch(`${base}?q=${encodeURIComponent(q)}&size=${size}`, { headers, redirect: "manual" });
          const body = await response.text();
          status = response.status;
          if (status !== 200 || !body.includes("<table")) throw new Error(`the page did not render the list (status ${status})`);
          timings.push(performance.now() - started);
        }
        console.log(
          `  q=${JSON.stringify(q).padEnd(12)} size=${String(size).padEnd(4)}               ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${status}`,
        );
      }
    }
    console.log(`\nGET /orgs/bigco/billing/… at ${seeded.counts.orders} orders (full server render)   median    p95   status   KB`);
    for (const view of BILLING_VIEWS) {
      const url = `${server.baseUrl}/orgs/${seeded.slug}/billing/${view.list}${view.query ? `?${view.query}` : ""}`;
      for (let i = 0; i < 3; i++) await (await fetch(url, { headers, redirect: "manual" })).text();
      const timings: number[] = [];
      let status = 0;
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const response = await fetch(url, { headers, redirect: "manual" });
        const body = await response.text();
        status = response.status;
        bytes = Buffer.byteLength(body);
        if (status !== 200 || !body.includes("<table")) throw new Error(`the ${view.list} page did not render its list (status ${status})`);
        timings.push(performance.now() - started);
      }
      console.log(
        `  ${`${view.list}?${view.query}`.padEnd(36)}                    ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${status}   ${(bytes / 1024).toFixed(1)}`,
      );
    }

    // 3. The users page at 2,000 users and 50 workspaces: full server render, weight, SQL per view.
    // The admin was active a moment ago, so views send no last-active write (the steady state).
    await db.membership.updateMany({ where: { user: { email: seeded.adminEmail! } }, data: { lastActiveAt: new Date() } });
    console.log(
      `\nGET /orgs/bigco/users at ${seeded.counts.users} users, ${seeded.counts.workspaces} workspaces (full server render)   median    p95     KB  SQL/view  (${machineLoad()})`,
    );
    for (const query of USERS_VIEWS) {
      const url = `${server.baseUrl}/orgs/${seeded.slug}/users${query ? `?${query}` : ""}`;
      for (let i = 0; i < 3; i++) await (await fetch(url, { headers, redirect: "manual" })).text();
      const timings: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const response = await fetch(url, { headers, redirect: "manual" });
        const body = await response.text();
        bytes = Buffer.byteLength(body);
        if (response.status !== 200 || !body.includes("<table"))
          throw new Error(`the users page did not render its list (status ${response.status})`);
        timings.push(performance.now() - started);
      }
      const id = `bench-users-${randomUUID()}`;
      await (await fetch(url, { headers: { ...headers, "x-roster-request-id": id }, redirect: "manual" })).text();
      const counted = (await (await fetch(`${server.baseUrl}/api/test/sql-count/${id}`)).json()) as { view: number; after: number };
      console.log(
        `  ${(query || "(first page)").padEnd(40)}                              ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${(bytes / 1024).toFixed(1).padStart(5)}  ${counted.view} (+${counted.after} after)`,
      );
    }
  } finally {
    await server?.stop();
    await database.stop();
  }
}

finish(main());
