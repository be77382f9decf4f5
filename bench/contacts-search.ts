// Benchmark: the contacts list with 10,000 contacts in one organization, and the users page
// with 2,000 users and 50 workspaces in the same organization. Prints the median time of
// listContacts() and of the whole page requests (server render of /orgs/<slug>/contacts?q=…
// and /orgs/<slug>/users?…) on the production build, the number of database queries per
// list call, and the SQL statements per page view counted on the wire (a proxy in front of
// PostgreSQL, scripts/lib/sql-statement-proxy.ts).
//   npm run bench            (builds first if needed: `npm run build`)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "../scripts/lib/free-port";
import { startStatementProxy } from "../scripts/lib/sql-statement-proxy";
import { migrate } from "../lib/db/migrate";
import { createDb } from "../lib/db/prisma";
import { seedLarge } from "../lib/seed/large";
import { listContacts } from "../lib/contacts/list-contacts";
import { contactListQuerySchema } from "../lib/contacts/schemas";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000);
const USERS = Number(process.env.BENCH_USERS ?? 2000);
const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TERMS = ["", "mar", "dur", "elodie", "laurent.4", "domain7", "zzzz-none"];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "roster-bench-"));
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg"), persistent: false });
  let server: ReturnType<typeof spawn> | null = null;
  let proxy: Awaited<ReturnType<typeof startStatementProxy>> | null = null;
  try {
    await pg.createDatabase("bench");
    const url = pg.urlFor("bench");
    await migrate(url);
    const db = createDb(url);
    const seeded = await seedLarge(db, { contacts: CONTACTS, users: USERS, orders: 5000, workspaces: WORKSPACES, slug: "bigco", seed: 42 });
    await db.$executeRawUnsafe("ANALYZE");
    const c = seeded.counts;
    console.log(`seeded ${c.contacts} contacts, ${c.orders} orders, ${c.users} users, ${c.workspaces} workspaces (${c.workspaceAssignments} assignments, ${c.workspaceContacts} workspace contacts) in ${(seeded.elapsedMs / 1000).toFixed(1)} s`);

    // 1. The data layer alone, with its query count.
    let queries = 0;
    const counting = db.$extends({ query: { $allOperations: async ({ args, query }) => { queries++; return query(args); } } }) as unknown as typeof db;
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
        console.log(`  q=${JSON.stringify(q).padEnd(12)} size=${String(size).padEnd(4)}       ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${String(result!.rows.length).padStart(5)}  ${String(result!.total).padStart(5)}  ${queries}`);
      }
    }

    // 2. The whole page request on the production build, signed in as the org admin.
    if (!existsSync(join(process.cwd(), ".next", "BUILD_ID"))) {
      console.log("\n(no production build: run `npm run build` for the page figures)");
      return;
    }
    const admin = await db.user.findUniqueOrThrow({ where: { email: seeded.adminEmail! } });
    const sessionToken = randomBytes(32).toString("hex");
    await db.session.create({ data: { sessionToken, userId: admin.id, expires: new Date(Date.now() + 86_400_000) } });
    // The admin was active a moment ago: views do not write "last active" (steady state).
    await db.membership.updateMany({ where: { userId: admin.id }, data: { lastActiveAt: new Date() } });
    const port = await freePort();
    proxy = await startStatementProxy(url);
    server = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: proxy.url, AUTH_SECRET: "bench-secret-bench-secret-bench-secret", MAIL_WORKER: "off", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((ready) => server!.stdout!.on("data", (chunk: Buffer) => { if (/Ready/.test(chunk.toString())) ready(); }));
    const headers = { cookie: `authjs.session-token=${sessionToken}` };
    const base = `http://localhost:${port}/orgs/${seeded.slug}/contacts`;
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
        console.log(`  q=${JSON.stringify(q).padEnd(12)} size=${String(size).padEnd(4)}               ${median(timings).toFixed(1).padStart(6)} ms ${p95(timings).toFixed(1).padStart(6)}  ${status}`);
      }
    }

    // 3. The users page (2,000 users, 50 workspaces), and SQL statements per view of both pages.
    const pageRun = async (path: string, marker: string) => {
      const timings: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const response = await fetch(`http://localhost:${port}${path}`, { headers, redirect: "manual" });
        const body = await response.text();
        if (response.status !== 200 || !body.includes(marker)) throw new Error(`${path} did not render (status ${response.status})`);
        timings.push(performance.now() - started);
        bytes = Buffer.byteLength(body);
      }
      // Statements of one more view, after "after the response" work has settled.
      await new Promise((resolve) => setTimeout(resolve, 300));
      proxy!.reset();
      await (await fetch(`http://localhost:${port}${path}`, { headers, redirect: "manual" })).text();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { median: median(timings), p95: p95(timings), bytes, statements: proxy!.count(), texts: proxy!.texts() };
    };
    const usersBase = `/orgs/${seeded.slug}/users`;
    for (let i = 0; i < 5; i++) await (await fetch(`http://localhost:${port}${usersBase}`, { headers, redirect: "manual" })).text();
    console.log(`\nGET ${usersBase} (full server render, ${c.users} users, ${c.workspaces} workspaces)   median    p95     HTML  SQL/view`);
    const usersPaths = ["", "?q=mar", "?q=elodie&size=100", "?size=100", "?status=PENDING&sort=-lastActive", "?role=MEMBER&page=20"];
    const report = async (label: string, path: string, marker: string) => {
      const r = await pageRun(path, marker);
      console.log(`  ${label.padEnd(52)} ${r.median.toFixed(1).padStart(6)} ms ${r.p95.toFixed(1).padStart(6)} ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${r.statements}`);
      if (process.env.BENCH_SQL) for (const text of r.texts) console.log(`      ${text.replace(/\s+/g, " ").slice(0, 160)}`);
      return r;
    };
    for (const query of usersPaths) await report(query || "(first page)", `${usersBase}${query}`, "<table");
    console.log(`\nSQL statements per view of the contacts page, for comparison`);
    await report("(first page)", `/orgs/${seeded.slug}/contacts`, "<table");
    await db.$disconnect();
  } finally {
    server?.kill("SIGTERM");
    await proxy?.close();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });
