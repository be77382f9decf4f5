// The app's own migration runner, on an empty database of its own.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrate, MigrationError, readMigrations } from "@/lib/db/migrate";

const serverUrl = inject("databaseServerUrl");
const name = `roster_migrate_${Date.now().toString(36)}`;
const url = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(() => admin(`CREATE DATABASE ${name}`));
afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe("migration runner", () => {
  it("applies every migration once, recording them like Prisma Migrate", async () => {
    const first = await migrate(url);
    expect(first.applied).toEqual(readMigrations().map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`,
    );
    expect(rows).toHaveLength(readMigrations().length);
    expect(rows[0].checksum).toBe(readMigrations()[0].checksum);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].finished_at).not.toBeNull();
    expect(rows[0].applied_steps_count).toBe(1);
    expect((await migrate(url)).applied).toEqual([]);
  });

  it("stops on a failing migration, applies none of it, and refuses to go on until it is resolved", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-migrations-"));
    try {
      for (const migration of readMigrations()) {
        mkdirSync(join(dir, migration.name));
        writeFileSync(join(dir, migration.name, "migration.sql"), migration.sql);
      }
      mkdirSync(join(dir, "29990101000000_broken"));
      writeFileSync(
        join(dir, "29990101000000_broken", "migration.sql"),
        `CREATE TABLE "Half" (id int);\nALTER TABLE "Nope" ADD COLUMN x int;`,
      );

      await expect(migrate(url, { dir })).rejects.toThrow(/29990101000000_broken.*failed.*"Nope"/s);
      expect(await query(`SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
      await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(url, { dir })).rejects.toThrow(/failed earlier and blocks/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
