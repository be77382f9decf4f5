import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** The URL of the database of the app under test (written by scripts/start.ts). */
export function appDatabaseUrl(): string {
  return (JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR!, "runtime.json"), "utf8")) as { databaseUrl: string }).databaseUrl;
}

/** The database of the app under test, or `databaseUrl` (the two-instance test's own). */
export async function withAppDatabase<T>(work: (client: pg.Client) => Promise<T>, databaseUrl = appDatabaseUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
