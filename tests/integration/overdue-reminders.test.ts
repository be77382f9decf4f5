// Overdue invoice reminders: once per invoice per reminder interval, run
// twice in a row, in two processes at once, and by two pg-boss instances on one database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { db } from "@/lib/db/prisma";
import { createBoss, JOB_SCHEMA } from "@/lib/jobs/boss";
import { OVERDUE_REMINDERS_CRON, OVERDUE_REMINDERS_QUEUE, registerOverdueRemindersJob } from "@/lib/jobs/overdue-reminders-job";
import { sendOverdueReminders } from "@/lib/notifications/send-overdue-reminders";
import { createContact, createOrgWithRoles } from "../support/factories";
import { createOrderWithInvoice, daysAgo, deliverAll } from "../support/notification-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

const DAY = 24 * 60 * 60 * 1000;

/**
 * An organization with `count` overdue invoices, each with its own billing contact, plus a
 * PRIMARY_BILLING and an UNPAID_INVOICES contact who are reminded of every one of them.
 */
async function overdueInvoices(count: number) {
  const { organization } = await createOrgWithRoles();
  const primary = await createContact(organization.id, { roles: ["PRIMARY_BILLING"] });
  const unpaid = await createContact(organization.id, { roles: ["UNPAID_INVOICES"], language: "fr" });
  const invoices = [];
  for (let i = 0; i < count; i++) {
    const billing = await createContact(organization.id);
    invoices.push({
      ...(await createOrderWithInvoice(organization.id, billing.id, billing.id, { dueAt: daysAgo(2 + i) })).invoice,
      billing,
    });
  }
  return { organization, primary, unpaid, invoices };
}

/** Outbox rows of overdue reminders per invoice number, each with its recipients. */
async function remindersOf(organizationId: string) {
  const rows = await db.emailOutbox.findMany({
    where: { organizationId, template: "invoice-overdue" },
    select: { toEmail: true, props: true },
  });
  const byInvoice = new Map<string, string[]>();
  for (const row of rows) {
    const number = (row.props as { invoice: { number: string } }).invoice.number;
    byInvoice.set(number, [...(byInvoice.get(number) ?? []), row.toEmail].sort());
  }
  return byInvoice;
}

function expectOneReminderEach(byInvoice: Map<string, string[]>, setup: Awaited<ReturnType<typeof overdueInvoices>>) {
  expect([...byInvoice.keys()].sort()).toEqual(setup.invoices.map((i) => i.number).sort());
  for (const invoice of setup.invoices) {
    expect(byInvoice.get(invoice.number), invoice.number).toEqual([invoice.billing.email, setup.primary.email, setup.unpaid.email].sort());
  }
}

describe("overdue reminders", () => {
  it("remind each overdue invoice once per interval however often the job runs; not paid, not yet due, not recently reminded ones", async () => {
    const setup = await overdueInvoices(3);
    const licensee = await createContact(setup.organization.id);
    const paid = await createOrderWithInvoice(setup.organization.id, licensee.id, licensee.id, { dueAt: daysAgo(5), status: "PAID" });
    const notDue = await createOrderWithInvoice(setup.organization.id, licensee.id, licensee.id, { dueAt: new Date(Date.now() + DAY) });
    const recent = await createOrderWithInvoice(setup.organization.id, licensee.id, licensee.id, {
      dueAt: daysAgo(20),
      lastReminderAt: daysAgo(2),
    });

    const first = await sendOverdueReminders(db);
    expect(first.invoices).toBeGreaterThanOrEqual(3);
    const second = await sendOverdueReminders(db);
    expect(second).toEqual({ invoices: 0, emails: 0 });
    const byInvoice = await remindersOf(setup.organization.id);
    expectOneReminderEach(byInvoice, setup);
    for (const skipped of [paid, notDue, recent]) expect(byInvoice.has(skipped.invoice.number)).toBe(false);

    // Delivered: each recipient gets one email per invoice, the shared ones in their language.
    await deliverAll(sink);
    const toUnpaid = sink.messages.filter((m) => m.recipients.includes(setup.unpaid.email));
    expect(toUnpaid).toHaveLength(3);
    expect(toUnpaid.every((m) => /<html[^>]*lang="fr"/.test(String(m.mail.html)))).toBe(true);

    // A reminder interval later (7 days by default), each is reminded once more, "recent" too.
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    const third = await sendOverdueReminders(db, { now: later });
    expect(await sendOverdueReminders(db, { now: later })).toEqual({ invoices: 0, emails: 0 });
    const again = await remindersOf(setup.organization.id);
    for (const invoice of setup.invoices) expect(again.get(invoice.number)).toHaveLength(6);
    expect(again.get(recent.invoice.number)).toEqual([licensee.email, setup.primary.email, setup.unpaid.email].sort());
    expect(third.invoices).toBeGreaterThanOrEqual(setup.invoices.length + 1);
  });

  it("two processes running the job at the same moment send each reminder once", async () => {
    const setup = await overdueInvoices(12);
    // Both start at the same moment, once both have loaded (tsx takes a few seconds on a busy machine).
    const startAt = Date.now() + 6000;
    const run = async () => {
      const child = spawn(process.execPath, ["--import", "tsx", "tests/support/overdue-reminders-process.ts"], {
        env: { ...process.env, START_AT: String(startAt), BATCH_SIZE: "3" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const [code] = await once(child, "exit");
      expect(code, output).toBe(0);
      return JSON.parse(output.trim().split("\n").at(-1)!) as { invoices: number; emails: number };
    };
    const results = await Promise.all([run(), run()]);
    console.log(`[overdue reminders] two processes at once: ${results.map((r) => `${r.invoices} invoices`).join(" + ")}`);
    expect(results.reduce((sum, r) => sum + r.invoices, 0)).toBe(12);
    expect(results.reduce((sum, r) => sum + r.emails, 0)).toBe(12 * 3);
    expectOneReminderEach(await remindersOf(setup.organization.id), setup);

    await deliverAll(sink);
    const toPrimary = sink.messages.filter((m) => m.recipients.includes(setup.primary.email));
    expect(toPrimary).toHaveLength(12);
    expect(new Set(toPrimary.map((m) => m.mail.subject)).size).toBe(12);
  }, 60_000);

  it("runs as a pg-boss job scheduled hourly; two instances on one database, and a restart, still remind once", async () => {
    const setup = await overdueInvoices(4);
    const url = process.env.DATABASE_URL!;
    const bosses = [createBoss(url, { cronMonitorIntervalSeconds: 45 }), createBoss(url, { cronMonitorIntervalSeconds: 45 })];
    try {
      for (const boss of bosses) {
        await boss.start();
        await registerOverdueRemindersJob(boss, db, { pollingIntervalSeconds: 0.5 });
      }
      expect(await bosses[0].getSchedules()).toMatchObject([{ name: OVERDUE_REMINDERS_QUEUE, cron: OVERDUE_REMINDERS_CRON }]);
      const [schema] = await db.$queryRaw<
        { exists: boolean }[]
      >`SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = ${JOB_SCHEMA}) AS "exists"`;
      expect(schema.exists).toBe(true);

      // Both instances are asked to run it at once; then one instance is restarted and asked again.
      await Promise.all(bosses.map((boss) => boss.send(OVERDUE_REMINDERS_QUEUE, {})));
      await waitForIdleQueue();
      await bosses[1].stop({ graceful: true, wait: true });
      bosses[1] = createBoss(url);
      await bosses[1].start();
      await registerOverdueRemindersJob(bosses[1], db, { pollingIntervalSeconds: 0.5 });
      await bosses[1].send(OVERDUE_REMINDERS_QUEUE, {});
      await waitForIdleQueue();

      expectOneReminderEach(await remindersOf(setup.organization.id), setup);
      const [completed] = await db.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state = 'completed'`,
        OVERDUE_REMINDERS_QUEUE,
      );
      expect(completed.count).toBeGreaterThanOrEqual(2);
    } finally {
      await Promise.all(bosses.map((boss) => boss.stop({ graceful: false, wait: true }).catch(() => {})));
    }
  }, 60_000);
});

/** Until no overdue-reminders job is waiting or running. */
async function waitForIdleQueue(timeoutMs = 20_000) {
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (;;) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
      OVERDUE_REMINDERS_QUEUE,
    );
    if (row.count === 0) return;
    if (Date.now() - started > timeoutMs) throw new Error("the overdue reminders job did not finish");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
