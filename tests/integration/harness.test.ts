import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";

describe("integration harness", () => {
  it("runs against a migrated database of its own", async () => {
    const [{ current_database }] = await db.$queryRaw<{ current_database: string }[]>`SELECT current_database()`;
    expect(current_database).toMatch(/^roster_test_/);
    expect(await db.organization.count()).toBe(0);
    const migrations = await db.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(migrations.map((m) => m.migration_name)).toContain("20261125120000_init");
  });
});
