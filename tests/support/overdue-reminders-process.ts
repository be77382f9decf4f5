// One app instance running the overdue reminders job, for tests/integration/overdue-reminders.test.ts:
// run with `node --import tsx`, DATABASE_URL set; starts at START_AT (epoch ms) so that two
// processes run at the same moment, and prints what it queued as JSON.
import { db } from "@/lib/db/prisma";
import { sendOverdueReminders } from "@/lib/notifications/send-overdue-reminders";

const startAt = Number(process.env.START_AT ?? Date.now());
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const result = await sendOverdueReminders(db, { batchSize: Number(process.env.BATCH_SIZE ?? 100) });
process.stdout.write(`${JSON.stringify(result)}\n`);
await db.$disconnect();
