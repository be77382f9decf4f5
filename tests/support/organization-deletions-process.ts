// One app instance running the organization deletion job's work, for
// tests/integration/organization-deletion.test.ts: run with `node --import tsx`, DATABASE_URL
// set; starts at START_AT (epoch ms) so that two processes run at the same moment, and prints
// how many organizations it deleted as JSON.
import { db } from "@/lib/db/prisma";
import { runDueDeletions } from "@/lib/subscription/due-deletions";

const startAt = Number(process.env.START_AT ?? Date.now());
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const runs = await runDueDeletions(db);
process.stdout.write(
  `${JSON.stringify({ deleted: runs.filter((run) => run.deleted).map((run) => run.organization.id), seen: runs.length })}\n`,
);
await db.$disconnect();
