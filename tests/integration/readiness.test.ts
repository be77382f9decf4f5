// /api/health and /api/ready as their route handlers answer, against a PostgreSQL of this
// file's own that the test stops and starts again on the same port: readiness flips to 503
// while it is down and back to 200 when it returns, without restarting the app.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { recordMailCheck, MAIL_CHECK_MAX_AGE_MS } from "@/lib/mail/transport-check";
import { readiness } from "@/lib/health/readiness";
import { shippedMigrations } from "@/lib/health/shipped-migrations";
import { createDb } from "@/lib/db/prisma";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";

const folder = mkdtempSync(join(tmpdir(), "roster-ready-pg-"));
let server: RunningPostgres;
let port: number;
const start = async () => (server = await startEmbeddedPostgres({ dataDir: join(folder, "data"), port, quiet: true }));

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: join(folder, "data"), quiet: true });
  port = server.port;
  await server.createDatabase("ready");
  await migrate(server.urlFor("ready"));
  // The route handlers use the app's db, created on first use from DATABASE_URL.
  process.env.DATABASE_URL = server.urlFor("ready");
  recordMailCheck({ ok: true, checkedAt: Date.now() });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const get = async (path: "health" | "ready") => {
  const response: Response = await (path === "health" ? health() : ready());
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("cache-control") };
};

describe("/api/health", () => {
  it("answers ok without a database", async () => {
    expect(await get("health")).toEqual({ status: 200, body: { status: "ok" }, cacheControl: "no-store" });
  });
});

describe("/api/ready", () => {
  it("flips to 503 while PostgreSQL is stopped and back to 200 when it returns", async () => {
    const up = await get("ready");
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({
      status: "ready",
      database: { ok: true },
      migrations: { ok: true, applied: shippedMigrations().length, expected: shippedMigrations().length },
      mail: { ok: true },
    });
    expect(JSON.stringify(up.body)).not.toMatch(/postgres(ql)?:|password|127\.0\.0\.1/);

    await server.stop();
    const down = await get("ready");
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unready", ready: false, database: { ok: false } });
    expect(JSON.stringify(down.body)).not.toMatch(/postgres(ql)?:|password|127\.0\.0\.1/);

    await start();
    expect(server.port).toBe(port);
    const back = await get("ready");
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: "ready", database: { ok: true } });
  }, 120_000);

  it("is unready while a shipped migration is not applied, and says how many are", async () => {
    const db = createDb(server.urlFor("ready"));
    try {
      const result = await readiness({ db, expectedMigrations: [...shippedMigrations(), "29990101000000_not_applied"], mail: null });
      expect(result).toMatchObject({
        ready: false,
        database: { ok: true },
        migrations: { ok: false, applied: shippedMigrations().length, expected: shippedMigrations().length + 1 },
      });
    } finally {
      await db.$disconnect();
    }
  });

  it("reports a mail server that failed or was not verified recently, without becoming unready for it", async () => {
    const db = createDb(server.urlFor("ready"));
    const now = Date.now();
    try {
      const failed = await readiness({
        db,
        expectedMigrations: shippedMigrations(),
        mail: { ok: false, checkedAt: now, error: "ECONNREFUSED" },
      });
      expect(failed).toMatchObject({ ready: true, mail: { ok: false, checkedSecondsAgo: 0, error: "ECONNREFUSED" } });
      const stale = await readiness({
        db,
        expectedMigrations: shippedMigrations(),
        mail: { ok: true, checkedAt: now - MAIL_CHECK_MAX_AGE_MS - 1 },
      });
      expect(stale.mail).toMatchObject({ ok: false, error: "not verified recently" });
      const never = await readiness({ db, expectedMigrations: shippedMigrations(), mail: null });
      expect(never.mail).toEqual({ ok: false, checkedSecondsAgo: null, error: "not verified yet" });
    } finally {
      await db.$disconnect();
    }
  });
});
