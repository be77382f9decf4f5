import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** The database of the app under test (written by scripts/start.ts). */
export async function withAppDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const runtime = JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR!, "runtime.json"), "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
