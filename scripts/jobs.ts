// The scheduled jobs, run by hand by an operator:
//   npm run jobs -- deletions           lists the organizations whose deletion is due, and deletes them
//   npm run jobs -- deletions --list    lists them only
// The same work as the app's hourly job (safe while the app runs it too: each deletion is
// guarded in the database). Works on DATABASE_URL (or `.env`), else on the running
// `npm start`'s database.
import "./lib/load-env"; // first: the modules below read the environment
import { parseArgs } from "node:util";
import { targetDatabaseUrl } from "./lib/target-database";

const USAGE = "usage: npm run jobs -- deletions [--list]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      allowPositionals: true,
      options: { list: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1 || positionals[0] !== "deletions") fail("say which job: deletions");

  process.env.DATABASE_URL = targetDatabaseUrl("npm run jobs -- deletions");
  const { db } = await import("../lib/db/prisma");
  const { listDueDeletions, runDueDeletions } = await import("../lib/subscription/due-deletions");
  const due = await listDueDeletions(db);
  if (due.length === 0) console.log("No organization is due for deletion.");
  else {
    console.log(`${due.length} organization(s) due for deletion:`);
    for (const organization of due) {
      const state = organization.started ? " (deletion started, not finished)" : "";
      console.log(`  ${organization.slug}  "${organization.name}"  due ${organization.deletionScheduledAt.toISOString()}${state}`);
    }
  }
  if (!values.list && due.length > 0) {
    const runs = await runDueDeletions(db, new Date(), ({ organization, deleted, accountsDeleted }) =>
      console.log(
        deleted
          ? `  deleted ${organization.slug} and ${accountsDeleted} account(s) that belonged only to it`
          : `  ${organization.slug}: nothing to do (reactivated, or deleted by another run)`,
      ),
    );
    console.log(`Deleted ${runs.filter((run) => run.deleted).length} organization(s).`);
  }
  await db.$disconnect();
}

main().catch((error) => {
  if ((error as NodeJS.ErrnoException)?.code === "ECONNREFUSED" || /Can't reach database server/.test(String((error as Error)?.message))) {
    console.error(`No PostgreSQL answers at DATABASE_URL (${(error as Error).message}): is \`npm start\` (or your server) running?`);
    process.exit(1);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
