// The vendor's broadcasts (SPEC §3), as the vendor sends them:
//   npm run notify -- security --subject "…" --body-file notice.md [--org slug]
//   npm run notify -- data-protection --subject "…" --body-file notice.md [--org slug]
// Queues the email (Markdown body) for the recipients of the routing table in every
// organization, or in one; the running app's mail worker delivers it. Works on DATABASE_URL
// (or `.env`), else on the running `npm start`'s database. Running the same command again
// skips the organizations that already have it.
import "./lib/load-env"; // first: the modules below read the environment
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { broadcastVendorNotice, vendorNoticeSchema } from "../lib/notifications/broadcast-vendor-notice";
import { targetDatabaseUrl } from "./lib/target-database";

const USAGE = 'usage: npm run notify -- security|data-protection --subject "…" --body-file notice.md [--org slug]';

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
      options: {
        subject: { type: "string" },
        "body-file": { type: "string" },
        org: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) fail("say which broadcast: security or data-protection");
  if (!values["body-file"]) fail("--body-file is required");
  let body: string;
  try {
    body = readFileSync(values["body-file"], "utf8");
  } catch (error) {
    fail(`cannot read ${values["body-file"]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const notice = vendorNoticeSchema.safeParse({ kind: positionals[0], subject: values.subject ?? "", body, organizationSlug: values.org });
  if (!notice.success) fail(notice.error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("\n"));

  process.env.DATABASE_URL = targetDatabaseUrl(`npm run notify -- ${positionals[0]} --subject "…" --body-file notice.md`);
  const { db } = await import("../lib/db/prisma");
  const scope = notice.data.organizationSlug ? `organization "${notice.data.organizationSlug}"` : "every organization";
  console.log(`Queuing the ${notice.data.kind} notice "${notice.data.subject}" for ${scope}…`);
  const result = await broadcastVendorNotice(db, notice.data, (line) => console.log(`  ${line}`));
  await db.$disconnect();
  if (result.missing) {
    console.error(`No organization has the slug "${notice.data.organizationSlug}".`);
    process.exit(1);
  }
  console.log(
    `Queued ${result.emails} email(s) in ${result.organizations} organization(s)${result.skipped ? `; ${result.skipped} already had it` : ""}. The app's mail worker delivers them.`,
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
