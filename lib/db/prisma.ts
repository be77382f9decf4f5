// One PrismaClient per process (kept on globalThis so dev reloads don't open new pools).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { config } from "@/lib/config";
import { countingPool } from "./counting-pool";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url = config().DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  const settings = config();
  const pool = { connectionString: url, max: settings.DATABASE_POOL_SIZE };
  // Tests and benchmarks count each request's statements (lib/db/sql-count.ts).
  const adapter = settings.ROSTER_SQL_COUNT === "on" ? new PrismaPg(countingPool(pool), { disposeExternalPool: true }) : new PrismaPg(pool);
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { rosterDb?: PrismaClient };

/** Lazily created, so importing this module never needs DATABASE_URL (e.g. during `next build`). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForDb.rosterDb ??= createDb();
    const value = Reflect.get(globalForDb.rosterDb, property);
    return typeof value === "function" ? value.bind(globalForDb.rosterDb) : value;
  },
});
