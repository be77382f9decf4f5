// npm run seed:large -- --contacts 10000 --users 2000 --orders 5000 [--workspaces 50] [--workspace-contacts 20] [--org bigco]
// Adds a large data set to one organization (created when missing) of the database at
// DATABASE_URL (read from `.env` too) or, without it, of the running `npm start` (from
// <ROSTER_DATA_DIR or .data>/runtime.json). Re-runnable: each run adds more rows. See
// lib/seed/large.ts.
import "./lib/load-env"; // first: the modules below read the environment
import { parseArgs } from "node:util";
import pg from "pg";
import { SLUG_PATTERN } from "../lib/orgs/schemas";
import { seedLarge } from "../lib/seed/large";
import { targetDatabaseUrl } from "./lib/target-database";

const USAGE =
  "usage: npm run seed:large -- [--contacts 10000] [--users 2000] [--orders 5000] [--workspaces 50] [--workspace-contacts 20] [--org bigco] [--seed N]";

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
        workspaces: { type: "string" },
        "workspace-contacts": { type: "string" },
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
  const slug = values.org ?? values.slug ?? "bigco";
  if (!SLUG_PATTERN.test(slug)) {
    console.error(`--org must be an organization slug (3 to 48 lower-case letters, digits and inner hyphens), got "${slug}"\n${USAGE}`);
    process.exit(2);
  }
  const options = {
    contacts: count(values.contacts, 10_000, "contacts"),
    users: count(values.users, 2_000, "users"),
    orders: count(values.orders, 5_000, "orders"),
    workspaces: count(values.workspaces, 50, "workspaces"),
    workspaceContactsPerWorkspace: count(values["workspace-contacts"], 20, "workspace-contacts"),
    slug,
    seed: values.seed === undefined ? undefined : count(values.seed, 0, "seed"),
  };
  const url = targetDatabaseUrl("npm run seed:large -- --contacts 10000");
  console.log(
    `Seeding organization "${options.slug}": ${options.contacts} contacts, ${options.users} users, ${options.orders} orders, ${options.workspaces} workspaces (${options.workspaceContactsPerWorkspace} contacts each)…`,
  );
  const result = await seedLarge(url, { ...options, log: (line) => console.log(`  ${line}`) });
  // Fresh statistics at once, as autovacuum would give them a minute later: until then the
  // planner misjudges the new rows (a contacts page took 43 ms instead of 1 ms at 100,000).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client
    .query(`VACUUM ANALYZE "Contact", "ContactRole", "Order", "Membership", "User", "Workspace", "WorkspaceAssignment", "WorkspaceContact"`)
    .finally(() => client.end());
  const c = result.counts;
  console.log(
    `${result.createdOrganization ? "Created" : "Added to"} organization "${result.slug}" (run ${result.runId}):\n` +
      `  users ${c.users}, memberships ${c.memberships}, contacts ${c.contacts} (roles ${c.contactRoles}),\n` +
      `  orders ${c.orders}, line items ${c.lineItems}, licenses ${c.licenses}, invoices ${c.invoices}\n` +
      `  workspaces ${c.workspaces}, assignments ${c.workspaceAssignments}, workspace contacts ${c.workspaceContacts}\n` +
      (result.adminEmail ? `  organization admin: ${result.adminEmail}\n` : "") +
      `Done in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
  );
}

main().catch((error) => {
  if ((error as NodeJS.ErrnoException)?.code === "ECONNREFUSED") {
    console.error(`No PostgreSQL answers at DATABASE_URL (${(error as Error).message}): is \`npm start\` (or your server) running?`);
    process.exit(1);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
