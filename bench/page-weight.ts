// Page weight of the contacts list against a running app (`npm start`): the bytes of the
// HTML document (React payload included) at 25 and 100 rows, in English and in French,
// and what each row beyond 25 adds. The page-weight budget (tests/e2e/performance-budget.spec.ts): ≤ 40 KB at 25 rows, ≤ 0.6 KB
// per extra row.
//   npm run bench:weight                       (reads .data/runtime.json)
//   ROSTER_DATA_DIR=/tmp/x PORT=3417 npm run bench:weight
// It signs the demo admin in by writing a session row, and adds (once) an organization
// `weight` with 100 contacts of the demo's variety that the demo admin administers.
import { randomBytes, randomUUID } from "node:crypto";
import { tokenHash } from "../lib/crypto/token-hash";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { contactSearchText } from "../lib/contacts/search-text";

const dataDir = resolve(process.env.ROSTER_DATA_DIR || ".data");
const runtime = JSON.parse(readFileSync(join(dataDir, "runtime.json"), "utf8")) as { databaseUrl: string; port: number };
const base = process.env.BASE_URL ?? `http://127.0.0.1:${runtime.port}`;
const ADMIN = "admin@acme.test";
const ROLES = ["PRIMARY_LICENSEE", "PRIMARY_TECHNICAL", "PRIMARY_BILLING", "UNPAID_INVOICES", "NEW_QUOTES", "SECURITY_PRIVACY", "DATA_PROTECTION"];
const FIRST = ["Sarah", "Thomas", "Camille", "Nicolas", "Priya", "Mathieu", "Laura", "Julien", "Zoé", "Michael", "Anna", "Hugo", "Robert", "Emily", "Antoine", "Grace", "Chloé", "Élise", "Kevin", "Benoît"];
const LAST = ["Johnson", "Laurent", "Fournier", "Girard", "Patel", "Roux", "Smith", "Mercier", "Lambert", "Turner", "Kowalski", "Blanc", "Miller", "Davis", "Bonnet", "Lee", "Faure", "Perrin", "Nguyen", "Lefèvre"];

async function ensureWeightOrganization(client: pg.Client, adminId: string): Promise<void> {
  const { rows } = await client.query(`SELECT id FROM "Organization" WHERE slug = 'weight'`);
  if (rows.length) return;
  const orgId = randomUUID();
  await client.query("BEGIN");
  await client.query(`INSERT INTO "Organization" (id, name, slug, "createdAt", "updatedAt") VALUES ($1, 'Weight Testing Ltd', 'weight', now(), now())`, [orgId]);
  await client.query(`INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'ORG_ADMIN', 'ACTIVE', now(), now())`, [randomUUID(), orgId, adminId]);
  for (let i = 0; i < 100; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const email = `${name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(" ", ".")}.${i}@weight-testing.test`;
    const id = randomUUID();
    const status = i % 17 === 0 ? "DISABLED" : i % 11 === 0 ? "INVITED" : "ACTIVE";
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, phone, language, status, source, "searchText", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'DIRECT', $8, now(), now())`,
      [id, orgId, name, email, i % 3 === 0 ? "+33 6 12 34 56 78" : null, i % 2 ? "fr" : "en", status, contactSearchText(name, email)],
    );
    if (status !== "DISABLED") {
      for (const role of ROLES.filter((_, r) => (i + r) % 4 === 0).slice(0, 2)) {
        await client.query(`INSERT INTO "ContactRole" ("organizationId", "contactId", role, "createdAt") VALUES ($1, $2, $3, now())`, [orgId, id, role]);
      }
    }
    if (i % 9 === 0 && status === "ACTIVE") {
      await client.query(
        `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4, now(), now())`,
        [randomUUID(), orgId, `W-${1000 + i}`, id],
      );
    }
  }
  await client.query("COMMIT");
}

async function main() {
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  await client.connect();
  try {
    const { rows: [admin] } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [ADMIN]);
    if (!admin) throw new Error(`${ADMIN} is not in this database (seed the demo first)`);
    await ensureWeightOrganization(client, admin.id);
    const token = randomBytes(24).toString("hex");
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires, "createdAt") VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days', now())`, [randomUUID(), tokenHash(token), admin.id]);
    const { rows: [previous] } = await client.query(`SELECT locale FROM "User" WHERE id = $1`, [admin.id]);
    const figures: string[] = [];
    try {
      for (const locale of ["en", "fr"]) {
        await client.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [locale, admin.id]);
        const sizes: Record<string, number> = {};
        for (const [label, path] of [["acme, 25 rows", "/orgs/acme/contacts"], ["weight, 25 rows", "/orgs/weight/contacts"], ["weight, 100 rows", "/orgs/weight/contacts?size=100"]] as const) {
          const response = await fetch(`${base}${path}`, { headers: { cookie: `authjs.session-token=${token}` }, redirect: "manual" });
          const html = await response.text();
          if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
          const rows = (html.match(/<tr[\s>]/g) ?? []).length;
          const payload = [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((sum, match) => sum + match[1].length, 0);
          sizes[label] = html.length;
          figures.push(`${locale}  ${label.padEnd(17)} ${(Buffer.byteLength(html) / 1024).toFixed(1).padStart(6)} KB  (React payload ${(payload / 1024).toFixed(1)} KB, ${rows} <tr>, ${(html.match(/<dialog/g) ?? []).length} <dialog>)`);
        }
        figures.push(`${locale}  per extra row     ${((sizes["weight, 100 rows"] - sizes["weight, 25 rows"]) / 75).toFixed(0).padStart(6)} B`);
      }
    } finally {
      await client.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [previous.locale, admin.id]);
      await client.query(`DELETE FROM "Session" WHERE "sessionToken" = $1`, [tokenHash(token)]);
    }
    console.log(`contacts page weight at ${base}\n${figures.join("\n")}`);
  } finally {
    await client.end();
  }
}

await main();
