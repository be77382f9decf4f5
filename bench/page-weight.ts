// Page weight of every list page against a running app (`npm start`), as a browser receives
// it (tests/support/page-weight.ts): the document's bytes as transferred with
// `Accept-Encoding: gzip, br`, and decoded (raw) beside them, at 25 and 100 rows, in English
// and in French, and what each row beyond 25 adds. The budget (tests/e2e/page-weight.spec.ts):
// ≤ 12 KB at 25 rows and ≤ 0.2 KB per extra row, transferred.
//   npm run bench:weight                       (reads .data/runtime.json)
//   ROSTER_DATA_DIR=/tmp/x npm run bench:weight
// It signs the demo admin in by writing a session row, and adds (once) two organizations the
// demo admin administers, `weight-25` and `weight-100`, with 25 and 100 rows in every list.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { tokenHash } from "../lib/crypto/token-hash";
import { createWeightOrganization, type WeightOrganization } from "../tests/support/weight-organization";
import {
  allowedBytes,
  describeFigures,
  LIST_PAGES,
  PAGE_BUDGET,
  weighListPage,
  type WeightOrganizations,
} from "../tests/support/page-weight";

const dataDir = resolve(process.env.ROSTER_DATA_DIR || ".data");
const runtime = JSON.parse(readFileSync(join(dataDir, "runtime.json"), "utf8")) as { databaseUrl: string; port: number };
const base = process.env.BASE_URL ?? `http://127.0.0.1:${runtime.port}`;
const ADMIN = "admin@acme.test";

async function ensureOrganization(client: pg.Client, adminId: string, rows: number): Promise<WeightOrganization> {
  const slug = `weight-${rows}`;
  const {
    rows: [existing],
  } = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [slug]);
  if (!existing) return createWeightOrganization(client, { slug, name: `Weight Testing ${rows} Ltd`, rows, adminUserId: adminId });
  const {
    rows: [workspace],
  } = await client.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE "organizationId" = $1 ORDER BY name LIMIT 1`, [existing.id]);
  return { id: existing.id, slug, workspaceId: workspace.id };
}

async function main() {
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  await client.connect();
  try {
    const {
      rows: [admin],
    } = await client.query<{ id: string; locale: string }>(`SELECT id, locale FROM "User" WHERE email = $1`, [ADMIN]);
    if (!admin) throw new Error(`${ADMIN} is not in this database (seed the demo first)`);
    const orgs: WeightOrganizations = {
      small: await ensureOrganization(client, admin.id, 25),
      large: await ensureOrganization(client, admin.id, 100),
    };
    const token = randomBytes(24).toString("hex");
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires, "createdAt") VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days', now())`,
      [randomUUID(), tokenHash(token), admin.id],
    );
    const lines: string[] = [];
    const table: string[] = [
      "| page | locale | rows | raw B | transferred B | rows | raw B | transferred B |",
      "|---|---|---|---|---|---|---|---|",
    ];
    try {
      for (const locale of ["en", "fr"]) {
        await client.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [locale, admin.id]);
        for (const page of LIST_PAGES) {
          const figures = await weighListPage(base, page, orgs, { cookie: `authjs.session-token=${token}` }, locale);
          const over =
            figures.at25.transferred > allowedBytes(Math.min(figures.at25.rows, 25)) ||
            (figures.perExtraRow?.transferred ?? 0) > PAGE_BUDGET.bytesPerExtraRow;
          lines.push(`${describeFigures(figures, locale)}${over ? "   OVER BUDGET" : ""}`);
          const at100 = figures.at100 ? [figures.at100.rows, figures.at100.raw, figures.at100.transferred] : ["", "", ""];
          table.push(
            `| ${page.name} | ${locale} | ${[figures.at25.rows, figures.at25.raw, figures.at25.transferred, ...at100].join(" | ")} |`,
          );
        }
      }
    } finally {
      await client.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [admin.locale, admin.id]);
      await client.query(`DELETE FROM "Session" WHERE "sessionToken" = $1`, [tokenHash(token)]);
    }
    console.log(
      `list pages at ${base}, transferred (raw); budget ${PAGE_BUDGET.bytesAt25Rows / 1024} KB at 25 rows, ${PAGE_BUDGET.bytesPerExtraRow} B per extra row\n${lines.join("\n")}\n\n${table.join("\n")}`,
    );
  } finally {
    await client.end();
  }
}

await main();
