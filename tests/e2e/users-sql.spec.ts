// The statement budget (issues 7 and 9): at 2,000 users and 50 workspaces, a view of the
// users page — plain, searched, filtered, at any page size — makes at most 4 SQL statements
// INCLUDING the access statement, and so do the workspaces pages. Counted on the wire: a
// second production server (the e2e build) talks to the e2e database through a counting
// proxy (scripts/lib/sql-statement-proxy.ts), so every statement is seen, whoever sends it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startStatementProxy, type StatementProxy } from "../../scripts/lib/sql-statement-proxy";
import { freePort } from "../../scripts/lib/free-port";
import { withAppDatabase } from "./support/database";

const SLUG = "bigco-sql";
const BUDGET = 4;

let proxy: StatementProxy;
let server: ChildProcess;
let base: string;
let cookie: string;
let workspaceId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { databaseUrl } = JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR!, "runtime.json"), "utf8")) as { databaseUrl: string };
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-large.ts", "--org", SLUG, "--users", "2000", "--workspaces", "50", "--contacts", "0", "--orders", "0", "--seed", "7"], {
    env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8",
  });
  expect(seeded.status, seeded.stderr).toBe(0);
  const token = randomBytes(32).toString("hex");
  await withAppDatabase(async (client) => {
    await client.query("ANALYZE");
    const { rows: [admin] } = await client.query(`SELECT u.id FROM "User" u WHERE u.email = $1`, [`admin@${SLUG}.test`]);
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`, [randomUUID(), token, admin.id]);
    // Active a moment ago: views do not write "last active" (the steady state the budget is about).
    await client.query(`UPDATE "Membership" SET "lastActiveAt" = now() AT TIME ZONE 'UTC' WHERE "userId" = $1`, [admin.id]);
    const { rows: [workspace] } = await client.query(`SELECT w.id FROM "Workspace" w JOIN "Organization" o ON o.id = w."organizationId" WHERE o.slug = $1 ORDER BY w.name LIMIT 1`, [SLUG]);
    workspaceId = workspace.id;
  });
  cookie = `authjs.session-token=${token}`;
  proxy = await startStatementProxy(databaseUrl);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: ".next-e2e", DATABASE_URL: proxy.url, AUTH_SECRET: "sql-budget-sql-budget-sql-budget", APP_URL: base, MAIL_WORKER: "off", SMTP_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((ready, fail) => {
    server.stdout!.on("data", (chunk: Buffer) => { if (/Ready/.test(chunk.toString())) ready(); });
    server.once("exit", (code) => fail(new Error(`next start exited with ${code}`)));
  });
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await proxy?.close();
});

/** Statements of one view, once the work the page does after its response has settled. */
async function statementsOf(path: string, marker: string): Promise<{ count: number; texts: string[] }> {
  const get = () => fetch(base + path, { headers: { cookie }, redirect: "manual" });
  const warm = await get();
  expect(warm.status, path).toBe(200);
  await warm.text();
  await new Promise((resolve) => setTimeout(resolve, 300));
  proxy.reset();
  const response = await get();
  const body = await response.text();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(response.status, path).toBe(200);
  expect(body).toContain(marker);
  return { count: proxy.count(), texts: proxy.texts() };
}

const PAGES: [string, string][] = [
  ["/users", "<table"],
  ["/users?size=100", "<table"],
  ["/users?q=mar", "<table"],
  ["/users?q=elodie&size=50&sort=-lastActive", "<table"],
  ["/users?role=MEMBER&status=ACTIVE&page=30", "<table"],
  ["/users?status=PENDING", "<table"],
  ["/workspaces", "<table"],
  ["/workspaces?size=100&q=atlas", "<table"],
  ["/workspaces/{workspace}", "<table"],
  ["/workspaces/{workspace}?page=2", "<table"],
];

test(`at 2,000 users and 50 workspaces, each view makes at most ${BUDGET} SQL statements, access included`, async () => {
  const report: string[] = [];
  for (const [path, marker] of PAGES) {
    const url = `/orgs/${SLUG}${path.replace("{workspace}", workspaceId)}`;
    const { count, texts } = await statementsOf(url, marker);
    report.push(`${String(count).padStart(2)}  ${url}`);
    expect(count, `${url}:\n${texts.map((t) => `  ${t.replace(/\s+/g, " ").slice(0, 140)}`).join("\n")}`).toBeLessThanOrEqual(BUDGET);
    expect(count, `${url}: the access statement at least`).toBeGreaterThanOrEqual(1);
  }
  console.log(`SQL statements per view:\n${report.join("\n")}`);
});
