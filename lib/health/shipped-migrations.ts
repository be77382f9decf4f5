// The migrations this build ships (prisma/migrations, which `npm start` applies): read once per process.
import { readMigrations } from "@/lib/db/migrate";

let names: string[] | null = null;

export function shippedMigrations(): readonly string[] {
  names ??= readMigrations().map((migration) => migration.name);
  return names;
}
