// A fingerprint of every table of the app's schema (row count and a hash of the rows), to
// show that a refused call changed nothing anywhere, not only in the tables a test thought of.
import { db } from "@/lib/db/prisma";

export async function databaseChecksum(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ rows: number; sum: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    );
    sums[name] = `${row.rows}:${row.sum}`;
  }
  return sums;
}

/** The tables with an organizationId column, and how many rows of `organizationId` each still holds (only those with some). */
export async function rowsOfOrganization(organizationId: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY 1`;
  const left: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ rows: number }[]>(
      `SELECT count(*)::int AS rows FROM "${name}" WHERE "organizationId" = $1`,
      organizationId,
    );
    if (row.rows > 0) left[name] = row.rows;
  }
  const [organization] = await db.$queryRaw<
    { rows: number }[]
  >`SELECT count(*)::int AS rows FROM "Organization" WHERE id = ${organizationId}`;
  if (organization.rows > 0) left.Organization = organization.rows;
  return left;
}
