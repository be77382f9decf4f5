// The data the three December migrations find in a database made before them: roles an
// earlier Edit wrote on disabled contacts, contacts never linked to their person's account,
// and accounts Add user made that are still waiting. Migrated up to the migration before
// them, filled, then migrated the rest of the way.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrate, readMigrations } from "@/lib/db/migrate";

const FIRST = "20261201100000_disabled_contacts_hold_no_roles";
const serverUrl = inject("databaseServerUrl");
const name = `roster_data_migrations_${Date.now().toString(36)}`;
const url = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
let client: pg.Client;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${name}`);
  const dir = mkdtempSync(join(tmpdir(), "roster-migrations-"));
  try {
    for (const migration of readMigrations().filter((m) => m.name < FIRST)) {
      mkdirSync(join(dir, migration.name));
      writeFileSync(join(dir, migration.name, "migration.sql"), migration.sql);
    }
    await migrate(url, { dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

const rows = async (sql: string) => (await client.query(sql)).rows;

describe("migrations of December 1st, on data made before them", () => {
  it("move roles written on disabled contacts to the roles Enable offers, link every contact to its account, and flag the accounts Add user made that still wait", async () => {
    await client.query(`
      INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ('org', 'Org', 'org', now());
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('bob', 'bob@x.test', now());
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('waiting', 'waiting@x.test', now());
      INSERT INTO "User" (id, email, "emailVerified", "lastSignInAt", "updatedAt") VALUES ('signedin', 'signedin@x.test', now(), now(), now());
      INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "updatedAt") VALUES
        ('m-waiting', 'org', 'waiting', 'MEMBER', 'PENDING', now()),
        ('m-signedin', 'org', 'signedin', 'MEMBER', 'PENDING', now());
      INSERT INTO "AuditEvent" (id, "organizationId", action, "targetType", metadata) VALUES
        ('e1', 'org', 'user.invited', 'Membership', '{"email": "waiting@x.test"}'),
        ('e2', 'org', 'user.invited', 'Membership', '{"email": "signedin@x.test"}');
      INSERT INTO "Contact" (id, "organizationId", name, email, status, "searchText", "disabledRoles", "updatedAt") VALUES
        ('paused', 'org', 'Paused', 'paused@x.test', 'DISABLED', 'paused', ARRAY['PRIMARY_BILLING']::"ContactRoleType"[], now()),
        ('active', 'org', 'Active', 'active@x.test', 'ACTIVE', 'active', ARRAY[]::"ContactRoleType"[], now()),
        ('bob', 'org', 'Bob', 'bob@x.test', 'ACTIVE', 'bob', ARRAY[]::"ContactRoleType"[], now());
      INSERT INTO "ContactRole" ("organizationId", "contactId", role) VALUES
        ('org', 'paused', 'PRIMARY_TECHNICAL'), ('org', 'paused', 'PRIMARY_BILLING'), ('org', 'active', 'NEW_QUOTES');
    `);

    const applied = await migrate(url);
    expect(applied.applied[0]).toBe(FIRST);

    expect(await rows(`SELECT id, "disabledRoles"::text[] AS "disabledRoles", "userId" FROM "Contact" ORDER BY id`)).toEqual([
      { id: "active", disabledRoles: [], userId: null },
      { id: "bob", disabledRoles: [], userId: "bob" },
      { id: "paused", disabledRoles: ["PRIMARY_TECHNICAL", "PRIMARY_BILLING"], userId: null },
    ]);
    expect(await rows(`SELECT "contactId", role::text FROM "ContactRole" ORDER BY "contactId"`)).toEqual([
      { contactId: "active", role: "NEW_QUOTES" },
    ]);
    expect(await rows(`SELECT id, "createdByInvitation" FROM "User" ORDER BY id`)).toEqual([
      { id: "bob", createdByInvitation: false },
      { id: "signedin", createdByInvitation: false },
      { id: "waiting", createdByInvitation: true },
    ]);

    // From now on the database keeps the link, whichever row comes first.
    await client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ('active-user', 'active@x.test', now())`);
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, "searchText", "updatedAt") VALUES ('waiting', 'org', 'W', 'waiting@x.test', 'w', now())`,
    );
    expect(await rows(`SELECT id, "userId" FROM "Contact" WHERE id IN ('active', 'waiting') ORDER BY id`)).toEqual([
      { id: "active", userId: "active-user" },
      { id: "waiting", userId: "waiting" },
    ]);
  });
});
