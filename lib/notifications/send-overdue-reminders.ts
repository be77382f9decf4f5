// Invoice overdue (SPEC §3): reminds the recipients of every OPEN invoice past its due date,
// once per invoice per reminder interval (OVERDUE_REMINDER_DAYS). The guarantee is the
// database's, not the scheduler's: each invoice is claimed by a conditional UPDATE of its
// lastReminderAt (rows another run holds are skipped, rows it has just stamped no longer
// match), in the same transaction as its reminder's outbox rows. However many times, in
// however many processes, the job runs, a reminder commits at most once per interval, and
// a run that fails half-way commits nothing of the batch it was on.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";
import { config } from "@/lib/config";
import { emitWebhookEvents } from "@/lib/webhooks/emit";
import { notify } from "./notify";

export type OverdueRemindersResult = { invoices: number; emails: number };

const BATCH_SIZE = 100;

export async function sendOverdueReminders(
  db: Db,
  {
    now,
    intervalDays = config().OVERDUE_REMINDER_DAYS,
    batchSize = BATCH_SIZE,
  }: { now?: Date; intervalDays?: number; batchSize?: number } = {},
): Promise<OverdueRemindersResult> {
  // The database's clock (as the outbox uses it), unless a test sets the time.
  const clock = now ? Prisma.sql`${now.toISOString()}::timestamp` : Prisma.sql`timezone('UTC', now())`;
  const total: OverdueRemindersResult = { invoices: 0, emails: 0 };
  for (;;) {
    const batch = await db.$transaction(
      async (tx) => {
        const claimed = await tx.$queryRaw<{ id: string; organizationId: string; number: string }[]>`
        WITH due AS (
          SELECT id FROM "Invoice"
          WHERE status = 'OPEN' AND "dueAt" < ${clock}
            AND ("lastReminderAt" IS NULL OR "lastReminderAt" <= ${clock} - ${intervalDays} * interval '1 day')
          ORDER BY "dueAt", id
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE "Invoice" i SET "lastReminderAt" = ${clock}
        FROM due WHERE i.id = due.id
        RETURNING i.id, i."organizationId", i.number`;
        let emails = 0;
        for (const invoice of claimed) {
          emails += (await notify(tx, { kind: "invoice_overdue", organizationId: invoice.organizationId, invoiceId: invoice.id })).emailIds
            .length;
        }
        // The webhook event beside the email, in the reminder's transaction.
        await emitWebhookEvents(
          tx,
          claimed.map((invoice) => ({
            organizationId: invoice.organizationId,
            type: "invoice.overdue" as const,
            resource: { type: "invoice", id: invoice.id },
            data: { number: invoice.number },
          })),
        );
        return { invoices: claimed.length, emails };
      },
      { timeout: 60_000 },
    );
    total.invoices += batch.invoices;
    total.emails += batch.emails;
    if (batch.invoices < batchSize) return total;
  }
}
