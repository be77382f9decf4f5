// What the deletion job does on each run: remind the admins of cancelled organizations 30
// and 7 days before the date, and delete those whose date has come. Each reminder is claimed
// by one conditional UPDATE in the transaction that queues it, so two instances never send
// it twice; each deletion is safe to run twice (delete-organization.ts).
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";
import { notify } from "@/lib/notifications/notify";
import { REMINDER_DAYS, reminderDueAt } from "./deletion-schedule";
import { deleteOrganization } from "./delete-organization";

const { sql } = Prisma;
const DAY_MS = 86_400_000;

export type DueDeletion = { id: string; name: string; slug: string; deletionScheduledAt: Date; started: boolean };

/** The cancelled organizations whose deletion is due at `now` (or started and not finished), oldest date first. */
export async function listDueDeletions(db: Db, now = new Date()): Promise<DueDeletion[]> {
  return db.$queryRaw<DueDeletion[]>(sql`
    SELECT id, name, slug, "deletionScheduledAt", "deletionStartedAt" IS NOT NULL AS started
    FROM "Organization"
    WHERE "subscriptionStatus" = 'CANCELLED' AND ("deletionScheduledAt" <= ${now} OR "deletionStartedAt" IS NOT NULL)
    ORDER BY "deletionScheduledAt", id`);
}

/** Queues the reminders due at `now` (only the latest one due, when the job was down for a while); the number queued. */
export async function sendDeletionReminders(db: Db, now = new Date()): Promise<number> {
  const candidates = await db.$queryRaw<{ id: string; deletionScheduledAt: Date; deletionRemindersSent: number }[]>(sql`
    SELECT id, "deletionScheduledAt", "deletionRemindersSent" FROM "Organization"
    WHERE "subscriptionStatus" = 'CANCELLED' AND "deletionStartedAt" IS NULL AND "deletionScheduledAt" > ${now}
      AND "deletionScheduledAt" <= ${new Date(now.getTime() + REMINDER_DAYS[0] * DAY_MS)}
      AND "deletionRemindersSent" < ${REMINDER_DAYS.length}`);
  let sent = 0;
  for (const organization of candidates) {
    const due = REMINDER_DAYS.map((_, index) => index).filter((index) => reminderDueAt(organization.deletionScheduledAt, index) <= now);
    const latest = due[due.length - 1];
    if (latest === undefined || latest < organization.deletionRemindersSent) continue;
    const queued = await db.$transaction(async (tx) => {
      // The claim: only one run moves the counter past this reminder.
      const claimed = await tx.$executeRaw(sql`
        UPDATE "Organization" SET "deletionRemindersSent" = ${latest + 1}
        WHERE id = ${organization.id} AND "subscriptionStatus" = 'CANCELLED' AND "deletionStartedAt" IS NULL
          AND "deletionScheduledAt" = ${organization.deletionScheduledAt} AND "deletionRemindersSent" <= ${latest}`);
      if (claimed === 0) return false;
      const days = Math.max(1, Math.ceil((organization.deletionScheduledAt.getTime() - now.getTime()) / DAY_MS));
      await notify(tx, { kind: "organization_deletion", organizationId: organization.id, stage: "reminder", days });
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}

export type DeletionRun = { organization: DueDeletion; deleted: boolean; accountsDeleted: number };

/** Deletes every organization due at `now`, one after the other; `onEach` hears of each as it ends. */
export async function runDueDeletions(db: Db, now = new Date(), onEach?: (run: DeletionRun) => void): Promise<DeletionRun[]> {
  const runs: DeletionRun[] = [];
  for (const organization of await listDueDeletions(db, now)) {
    const result = await deleteOrganization(db, organization.id, { now });
    const run = { organization, ...result };
    runs.push(run);
    onEach?.(run);
  }
  return runs;
}
