// The statement budget at scale: at 2,000 users and 50 workspaces, a view of
// the users page — plain, searched, filtered, sorted, deep, at any page size — makes at most
// 4 SQL statements INCLUDING the access statement, and so do the workspaces pages; none is a
// write. Counted by the server itself (ROSTER_SQL_COUNT=on, lib/db/sql-count.ts) for requests
// carrying x-roster-request-id. (tests/e2e/performance-budget.spec.ts holds every page to the
// budget as every kind of person, on a small organization.)
import { spawnSync } from "node:child_process";
import { tokenHash } from "@/lib/crypto/token-hash";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { withAppDatabase } from "./support/database";

const SLUG = "bigco-sql";
const BUDGET = 4;

let cookie: string;
let workspaceId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { databaseUrl } = JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR!, "runtime.json"), "utf8")) as { databaseUrl: string };
  const seeded = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/seed-large.ts",
      "--org",
      SLUG,
      "--users",
      "2000",
      "--workspaces",
      "50",
      "--contacts",
      "0",
      "--orders",
      "0",
      "--seed",
      "7",
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    },
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  const token = randomBytes(32).toString("hex");
  await withAppDatabase(async (client) => {
    const {
      rows: [admin],
    } = await client.query(`SELECT u.id FROM "User" u WHERE u.email = $1`, [`admin@${SLUG}.test`]);
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days')`,
      [randomUUID(), tokenHash(token), admin.id],
    );
    // Active a moment ago: views do not write "last active" (the steady state the budget is about).
    await client.query(`UPDATE "Membership" SET "lastActiveAt" = now() AT TIME ZONE 'UTC' WHERE "userId" = $1`, [admin.id]);
    const {
      rows: [workspace],
    } = await client.query(
      `SELECT w.id FROM "Workspace" w JOIN "Organization" o ON o.id = w."organizationId" WHERE o.slug = $1 ORDER BY w.name LIMIT 1`,
      [SLUG],
    );
    workspaceId = workspace.id;
  });
  cookie = `authjs.session-token=${token}`;
});

type Counted = { view: number; after: number; statements: { phase: "view" | "after"; sql: string }[] };

async function view(request: APIRequestContext, path: string): Promise<{ status: number; body: string; sql: Counted }> {
  const id = `users-sql-${randomUUID()}`;
  const response = await request.get(path, { headers: { cookie, "x-roster-request-id": id }, maxRedirects: 0 });
  const body = await response.text();
  const counted = await request.get(`/api/test/sql-count/${id}`);
  expect(counted.status(), "the server counts statements (ROSTER_SQL_COUNT=on)").toBe(200);
  return { status: response.status(), body, sql: (await counted.json()) as Counted };
}

const PAGES = [
  "/users",
  "/users?size=100",
  "/users?q=mar",
  "/users?q=elodie&size=50&sort=-lastActive",
  "/users?role=MEMBER&status=ACTIVE&page=30",
  "/users?status=PENDING",
  "/users?q=%00",
  "/workspaces",
  "/workspaces?size=100&q=atlas",
  "/workspaces/{workspace}",
  "/workspaces/{workspace}?page=2",
];

test(`at 2,000 users and 50 workspaces, each view makes at most ${BUDGET} SQL statements, access included, and writes nothing`, async ({
  request,
}) => {
  const report: string[] = [];
  for (const page of PAGES) {
    const path = `/orgs/${SLUG}${page.replace("{workspace}", workspaceId)}`;
    const { status, body, sql } = await view(request, path);
    report.push(`${String(sql.view).padStart(2)} + ${sql.after} after  ${path}`);
    expect(status, path).toBe(200);
    expect(body, path).toContain("<table");
    expect(
      sql.view,
      `${path}:\n${sql.statements.map((s) => `  ${s.phase} ${s.sql.replace(/\s+/g, " ").slice(0, 140)}`).join("\n")}`,
    ).toBeLessThanOrEqual(BUDGET);
    expect(
      sql.statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(s.sql)).map((s) => s.sql),
      `${path}: no write on a read`,
    ).toEqual([]);
  }
  console.log(`SQL statements per view:\n${report.join("\n")}`);
});
