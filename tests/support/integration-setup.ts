// Gives each test file its own database, copied from the migrated template, and
// points the app's `db` at it before any test module imports it.
import { inject, afterAll } from "vitest";
import pg from "pg";
import { randomBytes } from "node:crypto";

const serverUrl = inject("databaseServerUrl");
const name = `roster_test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE roster_template`);
await admin.end();
process.env.DATABASE_URL = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.APP_URL ??= "http://localhost:3000";

afterAll(async () => {
  const { db } = await import("../../lib/db/prisma");
  await db.$disconnect().catch(() => {});
  const cleanup = new pg.Client({ connectionString: serverUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});
