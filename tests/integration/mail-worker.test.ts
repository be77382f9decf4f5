// The background mail worker against a real PostgreSQL (LISTEN/NOTIFY) and real SMTP
// servers: idle means no statement at all; a commit from any connection wakes it; retries
// and abandoned claims are picked up when due; a stop drains it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { createDb, db } from "@/lib/db/prisma";
import { signInEmail } from "../support/prerendered-email";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createMailTransport } from "@/lib/mail/transport";
import { kickMailWorker, startMailWorker, stopMailWorker } from "@/lib/mail/worker";
import { createCountingDb, type CountingDb } from "../support/counting-db";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
let transport: ReturnType<typeof createMailTransport>;
let counting: CountingDb;
/** Another connection pool, as another app process would insert with. */
let elsewhere: ReturnType<typeof createDb>;

beforeEach(async () => {
  sink = await startSmtpSink();
  transport = createMailTransport(sink.url);
  counting = createCountingDb();
  elsewhere = createDb();
});

afterEach(async () => {
  await stopMailWorker();
  transport.close();
  await sink.stop();
  await counting.disconnect();
  await elsewhere.$disconnect();
});

const uniqueAddress = (name = "ada") => `${name}-${randomBytes(4).toString("hex")}@example.com`;

function emailTo(to: string) {
  return {
    template: "sign-in",
    to: { email: to },
    locale: "en" as const,
    content: signInEmail({ locale: "en", email: to, url: "https://roster.example/x" }),
  };
}

/** The worker's LISTEN connections to this database (pg_stat_activity shows a session's last statement). */
async function listenerPids(): Promise<number[]> {
  const rows = await db.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN email_outbox'`;
  return rows.map((row) => row.pid);
}

/** Started, first pass done (one claim, one look at the next due time), listening. */
async function startIdleWorker(): Promise<void> {
  expect(startMailWorker({ db: counting.db, transport })).toBe(true);
  await expect.poll(() => counting.statements.length, { timeout: 10_000 }).toBe(2);
  await expect.poll(listenerPids, { timeout: 10_000 }).toHaveLength(1);
}

/** The worker's statement count once it has stayed the same for half a second. */
async function statementsSettled(): Promise<number> {
  for (let count = -1; ; await sleep(500)) {
    if (counting.statements.length === count) return count;
    count = counting.statements.length;
  }
}

const statusOf = async (id: string) => (await db.emailOutbox.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("mail worker", () => {
  it("sends no statement while nothing is queued, and delivers what another connection commits within a second", async () => {
    await startIdleWorker();
    const idleFrom = counting.statements.length;
    await sleep(5_000);
    expect(counting.statements.slice(idleFrom)).toEqual([]);

    const to = uniqueAddress();
    await elsewhere.$transaction((tx) => enqueueEmail(tx, emailTo(to)));
    const committed = performance.now();
    await sink.waitFor((messages) => messages.length === 1, 3_000);
    const deliveredInMs = performance.now() - committed;
    expect(sink.messages[0].recipients).toEqual([to]);
    expect(deliveredInMs).toBeLessThan(1_000);
    console.info(
      `[mail worker test] delivered ${Math.round(deliveredInMs)} ms after another connection's commit; ${counting.statements.length - idleFrom} statements`,
    );

    // A rolled-back insert wakes nobody.
    const settled = await statementsSettled();
    await expect(
      elsewhere.$transaction(async (tx) => {
        await enqueueEmail(tx, emailTo(uniqueAddress()));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await sleep(1_000);
    expect(counting.statements.length).toBe(settled);
  });

  it("wakes when a retry falls due and when an abandoned claim expires, long before the one-minute fallback", async () => {
    await startIdleWorker();
    const retry = await elsewhere.emailOutbox.create({
      data: {
        template: "sign-in",
        toEmail: uniqueAddress("retry"),
        subject: "Retry",
        html: "h",
        text: "t",
        attempts: 1,
        nextAttemptAt: new Date(Date.now() + 2_000),
      },
    });
    const inserted = performance.now();
    await sink.waitFor((messages) => messages.length === 1, 5_000);
    const retriedAfter = performance.now() - inserted;
    expect(retriedAfter).toBeGreaterThanOrEqual(1_800);
    expect(retriedAfter).toBeLessThan(3_500);
    await expect.poll(() => statusOf(retry.id)).toBe("SENT");

    // Claimed by a process that then died: taken over once the claim ends, by the database's clock.
    const abandoned = await elsewhere.emailOutbox.create({
      data: { template: "sign-in", toEmail: uniqueAddress("abandoned"), subject: "Abandoned", html: "h", text: "t", status: "SENDING" },
    });
    await elsewhere.$executeRaw`UPDATE "EmailOutbox" SET "lockedUntil" = timezone('UTC', now()) + interval '1500 milliseconds' WHERE "id" = ${abandoned.id}`;
    const claimedAt = performance.now();
    await sink.waitFor((messages) => messages.length === 2, 5_000);
    const takenOverAfter = performance.now() - claimedAt;
    expect(takenOverAfter).toBeGreaterThanOrEqual(1_300);
    expect(takenOverAfter).toBeLessThan(3_500);
    await expect.poll(() => statusOf(abandoned.id)).toBe("SENT");
    // Two wake-ups per email (the insert's notification, then the due time), each a claim and a look ahead, plus the send's record.
    expect(counting.statements.length).toBeLessThanOrEqual(2 + 2 * 5);
  });

  it("listens again after losing its connection, and delivers what was committed meanwhile", async () => {
    await startIdleWorker();
    const [first] = await listenerPids();
    await db.$queryRaw`SELECT pg_terminate_backend(${first}::int)`;
    const missed = uniqueAddress("missed");
    await db.$transaction((tx) => enqueueEmail(tx, emailTo(missed)));
    await sink.waitFor((messages) => messages.length === 1, 5_000);
    expect(sink.messages[0].recipients).toEqual([missed]);

    await expect.poll(listenerPids, { timeout: 10_000 }).toHaveLength(1);
    expect(await listenerPids()).not.toEqual([first]);
    await elsewhere.$transaction((tx) => enqueueEmail(tx, emailTo(uniqueAddress("after"))));
    const committed = performance.now();
    await sink.waitFor((messages) => messages.length === 2, 3_000);
    expect(performance.now() - committed).toBeLessThan(1_000);
  });

  it("drains on stop: claims nothing more, finishes and records the sends in flight, hands the rest back", async () => {
    const slow = await startSmtpSink({ delayMs: 1_000 });
    const slowTransport = createMailTransport(slow.url);
    try {
      const ids = await db.$transaction(async (tx) =>
        Promise.all(Array.from({ length: 6 }, (_, i) => enqueueEmail(tx, emailTo(uniqueAddress(`d${i}`))))),
      );
      expect(startMailWorker({ transport: slowTransport })).toBe(true);
      await slow.waitFor(() => slow.receiving === 4, 5_000); // the worker sends four at a time
      expect(slow.messages).toHaveLength(0);

      expect(await stopMailWorker()).toBe(true);
      expect(slow.messages).toHaveLength(4);
      const rows = await db.emailOutbox.findMany({
        where: { id: { in: ids } },
        select: { status: true, attempts: true, lockedUntil: true },
      });
      expect(rows.filter((r) => r.status === "SENT" && r.attempts === 1)).toHaveLength(4);
      expect(rows.filter((r) => r.status === "PENDING" && r.attempts === 0 && r.lockedUntil === null)).toHaveLength(2);

      // Stopped means stopped: neither a kick nor a notification starts a pass.
      kickMailWorker();
      await db.$transaction((tx) => enqueueEmail(tx, emailTo(uniqueAddress())));
      await sleep(500);
      expect(slow.receiving).toBe(4);
      await db.emailOutbox.updateMany({ where: { status: "PENDING" }, data: { status: "CANCELLED" } });
    } finally {
      slowTransport.close();
      await slow.stop();
    }
  });
});
