// npm run seed:large -- --contacts 10000 --users 2000 --orders 5000 [--org bigco]
// Adds a large data set to one organization (created when missing) of the database at
// DATABASE_URL. Re-runnable: each run adds more rows. See lib/seed/large.ts.
import { parseArgs } from "node:util";
import { seedLarge } from "../lib/seed/large";

const USAGE = "usage: npm run seed:large -- [--contacts 10000] [--users 2000] [--orders 5000] [--org bigco] [--seed N]";

function count(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${flag} must be a non-negative integer, got "${value}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      options: {
        contacts: { type: "string" },
        users: { type: "string" },
        orders: { type: "string" },
        org: { type: "string" },
        slug: { type: "string" },
        seed: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Point it at the PostgreSQL database to fill, e.g.\n" +
        "  DATABASE_URL=postgresql://roster:roster@127.0.0.1:5432/roster npm run seed:large -- --contacts 10000",
    );
    process.exit(1);
  }
  const options = {
    contacts: count(values.contacts, 10_000, "contacts"),
    users: count(values.users, 2_000, "users"),
    orders: count(values.orders, 5_000, "orders"),
    slug: values.org ?? values.slug ?? "bigco",
    seed: values.seed === undefined ? undefined : count(values.seed, 0, "seed"),
  };
  console.log(`Seeding organization "${options.slug}": ${options.contacts} contacts, ${options.users} users, ${options.orders} orders…`);
  const result = await seedLarge(url, { ...options, log: (line) => console.log(`  ${line}`) });
  const c = result.counts;
  console.log(
    `${result.createdOrganization ? "Created" : "Added to"} organization "${result.slug}" (run ${result.runId}):\n` +
      `  users ${c.users}, memberships ${c.memberships}, contacts ${c.contacts} (roles ${c.contactRoles}),\n` +
      `  orders ${c.orders}, line items ${c.lineItems}, licenses ${c.licenses}, invoices ${c.invoices}\n` +
      (result.adminEmail ? `  organization admin: ${result.adminEmail}\n` : "") +
      `Done in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
