// Benchmark: 10,000 notifications across 1,000 contacts, queued through notify() (the
// routing table and the outbox) and delivered by the app's mail worker to a local SMTP
// server running in another process. Prints the queue rate and the delivery rate
// (emails/s), then checks that none was lost and none sent twice: every outbox row SENT
// after one attempt, and the server received each row's Message-ID exactly once, at the
// address the routing table chose.
//   npm run bench:notifications                        (BENCH_CONTACTS=1000 by default)
//   BENCH_MIX=broadcasts npm run bench:notifications
//
// Per contact (10 organizations of 100 contacts, half of them French), 10 emails:
// - the default mix: 4 orders, each sending its license certificate and its invoice (8
//   emails, each with its own content, so each rendered on its own), plus a security &
//   privacy update and a data protection alert (2 emails whose content is shared within an
//   organization and language);
// - BENCH_MIX=broadcasts: 10 vendor broadcasts (5 of each kind), as `npm run notify` sends
//   them to every organization: the volume case, where one rendering serves many emails.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { benchArgs } from "./support/cli";
import { finish, removeOnInterrupt } from "./support/cleanup";
import { migrate } from "../lib/db/migrate";

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000);
const ORGANIZATIONS = Math.max(1, Math.round(CONTACTS / 100));
const ORDERS_PER_CONTACT = 4;
const MIX = process.env.BENCH_MIX === "broadcasts" ? "broadcasts" : "orders";
const BROADCASTS = MIX === "broadcasts" ? 10 : 2;
const EXPECTED = CONTACTS * (MIX === "orders" ? ORDERS_PER_CONTACT * 2 + BROADCASTS : BROADCASTS);
const EVENTS_PER_TRANSACTION = 100;

type Received = { id: string; to: string[] }[];

/** CPU time (user + system, ms) of the PostgreSQL server of `dataDir` and its backends, from /proc. */
function postgresCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8")
        .replace(/^.*\) /, "")
        .split(" ");
      // After "pid (comm) ": state ppid ... utime is field 14, stime 15 (1-based in proc(5)).
      if (Number(entry) === postmaster || Number(fields[1]) === postmaster)
        total += ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function startSmtpCounter() {
  const child = fork(join(import.meta.dirname, "support", "smtp-counter.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve) => child.once("message", (message: { port: number }) => resolve(message.port)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    cpuMs: () =>
      new Promise<number>((resolve) => {
        child.once("message", (message: { cpuMs: number }) => resolve(message.cpuMs));
        child.send({ cpu: true });
      }),
    report: () =>
      new Promise<Received>((resolve) => {
        child.once("message", (message: { received: Received }) => resolve(message.received));
        child.send({ report: true });
      }),
    stop: () => child.disconnect(),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

benchArgs(
  {},
  `usage: npm run bench:notifications
  10 notifications per contact queued through notify() and delivered by the mail worker to a
  local SMTP server, on a temporary PostgreSQL cluster of its own (removed at the end or on Ctrl-C).
  BENCH_CONTACTS (1000) contacts; BENCH_MIX=broadcasts for vendor broadcasts instead. No options.
  -h, --help   this help`,
  "npm run bench:notifications",
);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "roster-bench-notify-"));
  const removeFolder = removeOnInterrupt(async () => rmSync(dataDir, { recursive: true, force: true }));
  const pg = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg"), persistent: false, quiet: true });
  const stopPostgres = removeOnInterrupt(() => pg.stop());
  const smtp = await startSmtpCounter();
  const stopSmtp = removeOnInterrupt(async () => smtp.stop());
  try {
    await pg.createDatabase("bench");
    const url = pg.urlFor("bench");
    await migrate(url);
    process.env.DATABASE_URL = url;
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL ??= "http://localhost:3000";
    // Imported once the environment is set: they read it.
    const { db } = await import("../lib/db/prisma");
    const { notify } = await import("../lib/notifications/notify");
    const { broadcastVendorNotice } = await import("../lib/notifications/broadcast-vendor-notice");
    const { startMailWorker, stopMailWorker } = await import("../lib/mail/worker");
    const { contactSearchText } = await import("../lib/contacts/search-text");

    // ── Seed: organizations, contacts with their roles, orders with licenses and an invoice.
    const seedStarted = performance.now();
    const run = randomBytes(3).toString("hex");
    const events: { kind: "license_certificate" | "invoice"; organizationId: string; id: string }[] = [];
    for (let o = 0; o < ORGANIZATIONS; o++) {
      const organization = await db.organization.create({ data: { name: `Bench ${o}`, slug: `bench-${run}-${o}` } });
      const contacts = Array.from({ length: Math.min(100, CONTACTS - o * 100) }, (_, i) => {
        const email = `c${o}-${i}-${run}@bench.test`;
        const name = `Contact ${o}-${i}`;
        return {
          id: `bc${run}${o}x${i}`,
          organizationId: organization.id,
          name,
          email,
          searchText: contactSearchText(name, email),
          language: i % 2 ? ("fr" as const) : ("en" as const),
        };
      });
      await db.contact.createMany({ data: contacts });
      await db.contactRole.createMany({
        data: contacts.flatMap((c) =>
          (["SECURITY_PRIVACY", "DATA_PROTECTION"] as const).map((role) => ({ organizationId: organization.id, contactId: c.id, role })),
        ),
      });
      const orders =
        MIX === "broadcasts"
          ? []
          : contacts.flatMap((c) =>
              Array.from({ length: ORDERS_PER_CONTACT }, (_, k) => ({
                id: `bo${c.id}k${k}`,
                organizationId: organization.id,
                number: `2026-${o}-${c.id.slice(-3)}-${k}`,
                licenseeContactId: c.id,
                billingContactId: c.id,
                totalCents: 129_900,
              })),
            );
      if (orders.length === 0) continue;
      await db.order.createMany({ data: orders });
      await db.license.createMany({
        data: orders.flatMap((order) => [
          {
            organizationId: organization.id,
            orderId: order.id,
            product: "Roster Cloud",
            licenseKey: `K-${order.id}-1`,
            seats: 10,
            validUntil: new Date("2027-12-01"),
          },
          { organizationId: organization.id, orderId: order.id, product: "Roster Audit", licenseKey: `K-${order.id}-2`, seats: 1 },
        ]),
      });
      await db.invoice.createMany({
        data: orders.map((order) => ({
          id: `bi${order.id}`,
          organizationId: organization.id,
          orderId: order.id,
          number: `INV-${order.number}`,
          amountCents: 129_900,
          dueAt: new Date("2026-12-31"),
        })),
      });
      for (const order of orders) {
        events.push({ kind: "license_certificate", organizationId: organization.id, id: order.id });
        events.push({ kind: "invoice", organizationId: organization.id, id: `bi${order.id}` });
      }
    }
    await db.$executeRawUnsafe("ANALYZE");
    console.log(
      `seeded ${ORGANIZATIONS} organizations, ${CONTACTS} contacts, ${events.length / 2} orders in ${seconds(performance.now() - seedStarted)}`,
    );

    // ── Queue: every event through notify(), as the use cases do.
    const queueStarted = performance.now();
    for (let i = 0; i < events.length; i += EVENTS_PER_TRANSACTION) {
      await db.$transaction(
        async (tx) => {
          for (const event of events.slice(i, i + EVENTS_PER_TRANSACTION)) {
            await notify(
              tx,
              event.kind === "invoice"
                ? { kind: "invoice", organizationId: event.organizationId, invoiceId: event.id }
                : { kind: "license_certificate", organizationId: event.organizationId, orderId: event.id },
            );
          }
        },
        { timeout: 120_000 },
      );
    }
    for (let b = 0; b < BROADCASTS; b++) {
      await broadcastVendorNotice(
        db,
        b % 2 === 0
          ? {
              kind: "security",
              subject: `Security update ${b + 1}: sign-in links`,
              body: "Sign-in links now expire after **one hour**.\n\n- No action is needed.",
            }
          : {
              kind: "data-protection",
              subject: `Data protection notice ${b + 1}`,
              body: "From **1 January 2027**, invoices are stored by a new EU-based sub-processor.",
            },
      );
    }
    const queueMs = performance.now() - queueStarted;
    const queued = await db.emailOutbox.count({ where: { status: "PENDING" } });
    console.log(
      `${MIX} mix: queued ${queued} emails (${events.length} order events + ${BROADCASTS} broadcasts × ${ORGANIZATIONS} organizations) in ${seconds(queueMs)}: ${Math.round(queued / (queueMs / 1000))} emails/s`,
    );
    if (queued !== EXPECTED) throw new Error(`expected ${EXPECTED} queued emails, found ${queued}`);

    // ── Deliver: the app's mail worker, until every row is SENT.
    const profile = process.env.BENCH_PROFILE ? new Session() : null;
    if (profile) {
      profile.connect();
      await profile.post("Profiler.enable");
      await profile.post("Profiler.start");
    }
    const cpuBefore = { app: process.cpuUsage(), smtp: await smtp.cpuMs(), postgres: postgresCpuMs(join(dataDir, "pg")) };
    const deliveryStarted = performance.now();
    if (!startMailWorker()) throw new Error("the mail worker did not start");
    let sent = 0;
    while (sent < EXPECTED) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [row] = await db.$queryRaw<{ sent: number; failed: number }[]>`
        SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status IN ('FAILED', 'CANCELLED'))::int AS failed FROM "EmailOutbox"`;
      sent = row.sent;
      if (row.failed > 0) throw new Error(`${row.failed} email(s) failed or were cancelled`);
      if (performance.now() - deliveryStarted > 10 * 60_000) throw new Error(`delivery stalled at ${sent}/${EXPECTED}`);
    }
    const [span] = await db.$queryRaw<
      { ms: number }[]
    >`SELECT (EXTRACT(EPOCH FROM max("sentAt") - min("sentAt")) * 1000)::float8 AS ms FROM "EmailOutbox"`;
    const deliveryMs = performance.now() - deliveryStarted;
    const cpu = {
      app: cpuMs(process.cpuUsage(cpuBefore.app)),
      smtp: (await smtp.cpuMs()) - cpuBefore.smtp,
      postgres: postgresCpuMs(join(dataDir, "pg")) - cpuBefore.postgres,
    };
    if (profile) {
      const { profile: data } = await profile.post("Profiler.stop");
      writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(data));
    }
    await stopMailWorker();
    console.log(
      `delivered ${sent} emails in ${seconds(deliveryMs)}: ${Math.round(sent / (deliveryMs / 1000))} emails/s (first to last send: ${seconds(span.ms)}, ${Math.round(sent / (span.ms / 1000))} emails/s)`,
    );
    const perEmail = (ms: number) => (ms / sent).toFixed(2);
    console.log(
      `CPU per email while delivering: mail worker ${perEmail(cpu.app)} ms, SMTP server ${perEmail(cpu.smtp)} ms, PostgreSQL ${perEmail(cpu.postgres)} ms; ` +
        `total ${perEmail(cpu.app + cpu.smtp + cpu.postgres)} ms, i.e. at most ${Math.round((os.availableParallelism() * 1000 * sent) / (cpu.app + cpu.smtp + cpu.postgres))} emails/s on this machine's ${os.availableParallelism()} cores were they idle (load average now ${os.loadavg()[0].toFixed(1)})`,
    );

    // ── Check: none lost, none twice, each at its address.
    const received = await smtp.report();
    const rows = await db.emailOutbox.findMany({ select: { id: true, toEmail: true, messageId: true, attempts: true, status: true } });
    const byId = new Map<string, number>();
    for (const message of received) byId.set(message.id, (byId.get(message.id) ?? 0) + 1);
    const twice = [...byId].filter(([, count]) => count > 1).length;
    const lost = rows.filter((row) => byId.get(row.messageId ?? "") !== 1).length;
    const wrongAddress = received.filter((message) => {
      const row = rows.find((r) => r.messageId === message.id);
      return !row || message.to.length !== 1 || message.to[0] !== row.toEmail;
    }).length;
    const retried = rows.filter((row) => row.attempts !== 1 || row.status !== "SENT").length;
    const perContact = new Map<string, number>();
    for (const message of received) for (const to of message.to) perContact.set(to, (perContact.get(to) ?? 0) + 1);
    const perContactExpected = EXPECTED / CONTACTS;
    const uneven = [...perContact.values()].filter((count) => count !== perContactExpected).length;
    console.log(
      `check: server received ${received.length} messages, ${byId.size} distinct Message-IDs, for ${perContact.size} contacts; ` +
        `lost ${lost}, sent twice ${twice}, wrong address ${wrongAddress}, rows not SENT on the first attempt ${retried}, contacts without exactly ${perContactExpected} emails ${uneven}`,
    );
    if (received.length !== EXPECTED || lost || twice || wrongAddress || retried || uneven || perContact.size !== CONTACTS) {
      process.exitCode = 1;
      console.error("FAILED: some email was lost, duplicated or misaddressed");
    } else {
      console.log("OK: none lost, none sent twice");
    }
    await db.$disconnect();
  } finally {
    smtp.stop();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
    for (const withdraw of [stopSmtp, stopPostgres, removeFolder]) withdraw();
  }
}

finish(main());
