// A PrismaClient of its own on the test database that records every SQL statement it
// sends (Prisma's query event), to count what a piece of code asks of the database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";

export type CountingDb = { db: Db; statements: string[]; disconnect(): Promise<void> };

export function createCountingDb(url = process.env.DATABASE_URL): CountingDb {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  const statements: string[] = [];
  client.$on("query", (event) => statements.push(event.query));
  return { db: client as unknown as Db, statements, disconnect: () => client.$disconnect() };
}
