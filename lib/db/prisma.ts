// One PrismaClient per process (kept on globalThis so dev reloads don't open new pools).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { config } from "@/lib/config";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url = config().DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: config().DATABASE_POOL_SIZE }) });
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
