// The outbox and its dispatcher against a real PostgreSQL and a real SMTP server.
// Every test leaves its rows SENT or FAILED, so none is due for the next test.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { signInEmail } from "../support/prerendered-email";
import { CLAIM_MS, deliverDueEmails, retryDelayMs } from "@/lib/mail/dispatcher";
import { DISABLED_RECIPIENT_REASON } from "@/lib/mail/disabled-recipients";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createMailTransport } from "@/lib/mail/transport";
import { kickMailWorker, startMailWorker, stopMailWorker } from "@/lib/mail/worker";
import { createCountingDb } from "../support/counting-db";
import { createContact, createOrgWithRoles, createUser } from "../support/factories";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
let transport: ReturnType<typeof createMailTransport>;

beforeEach(async () => {
  sink = await startSmtpSink();
  transport = createMailTransport(sink.url);
});

afterEach(async () => {
  transport.close();
  await sink.stop();
});

function uniqueAddress(name = "ada"): string {
  return `${name}-${randomBytes(4).toString("hex")}@example.com`;
}

function signIn(email: string) {
  return signInEmail({ locale: "en", email, url: `https://roster.example/signin?email=${encodeURIComponent(email)}` });
}

async function enqueueOne(to: string, template = "sign-in"): Promise<string> {
  return db.$transaction((tx) =>
    enqueueEmail(tx, { template, to: { email: to, name: "Ada Lovelace" }, locale: "en", content: signIn(to) }),
  );
}

const inOneHour = () => new Date(Date.now() + 60 * 60_000);

/** PostgreSQL's clock, as Prisma reads a DateTime column (UTC). */
async function databaseNow(): Promise<Date> {
  const [{ now }] = await db.$queryRaw<{ now: Date }[]>`SELECT timezone('UTC', clock_timestamp()) AS "now"`;
  return now;
}

/** Runs `work` while this process's clock (Date, not the timers) is `offsetMs` off. */
async function withAppClockOff<T>(offsetMs: number, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + offsetMs);
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}

describe("mail dispatcher", () => {
  it("delivers an email enqueued in a committed transaction and marks it SENT", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, toEmail: to });

    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

    await sink.waitFor((messages) => messages.length === 1);
    const [message] = sink.messages;
    expect(message.recipients).toEqual([to]);
    expect(message.mail.subject).toBe("Sign in to Roster");
    expect(message.mail.to).toMatchObject({ value: [{ address: to, name: "Ada Lovelace" }] });
    expect(message.mail.text).toContain(`https://roster.example/signin?email=${encodeURIComponent(to)}`);
    expect(message.mail.html).toContain('lang="en"');

    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.messageId).toMatch(new RegExp(`^<${id}@[^>]+>$`));
    expect(message.mail.messageId).toBe(row.messageId);

    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(sink.messages).toHaveLength(1);
  });

  it("sends nothing for a rolled-back transaction", async () => {
    const to = uniqueAddress();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { template: "sign-in", to: { email: to }, locale: "en", content: signIn(to) });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");

    expect(await db.emailOutbox.count({ where: { toEmail: to } })).toBe(0);
    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(sink.messages).toHaveLength(0);
  });

  it("keeps an email while the server is down, then delivers it exactly once", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    await sink.stop();

    const firstPass = new Date();
    expect(await deliverDueEmails({ db, transport, now: firstPass })).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failed.lastError).not.toMatch(/\n|    at /);
    const delay = failed.nextAttemptAt.getTime() - firstPass.getTime();
    expect(delay).toBeGreaterThanOrEqual(5_000);
    expect(delay).toBeLessThanOrEqual(5_500);

    // Not due yet: a pass now leaves it alone even though the server is back.
    await sink.start();
    expect(await deliverDueEmails({ db, transport, now: firstPass })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(sink.messages).toHaveLength(0);

    const later = new Date(failed.nextAttemptAt.getTime() + 1);
    expect(await deliverDueEmails({ db, transport, now: later })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });

    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    await sink.waitFor((messages) => messages.length >= 1);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].recipients).toEqual([to]);
  });

  it("gives up after maxAttempts failures, with backoff between them, logging each failure with the recipient's domain only", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    await sink.stop();

    const logged: { level: string; message: string; fields: Record<string, unknown> }[] = [];
    const log = {
      warn: (fields: Record<string, unknown>, message: string) => logged.push({ level: "warn", message, fields }),
      error: (fields: Record<string, unknown>, message: string) => logged.push({ level: "error", message, fields }),
    };
    let now = new Date();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await deliverDueEmails({ db, transport, now, maxAttempts: 3, log });
      expect(result).toEqual(
        attempt < 3 ? { sent: 0, retried: 1, failed: 0, cancelled: 0 } : { sent: 0, retried: 0, failed: 1, cancelled: 0 },
      );
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < 3) delays.push(row.nextAttemptAt.getTime() - now.getTime());
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 3, lockedUntil: null });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).lastError).toBeTruthy();
    const failure = { email: id, template: "sign-in", to: "example.com", error: expect.stringMatching(/ECONNREFUSED|ESOCKET|ECONNECTION/) };
    expect(logged).toEqual([
      { level: "warn", message: "email attempt failed", fields: { ...failure, attempt: 1, retryInSeconds: expect.any(Number) } },
      { level: "warn", message: "email attempt failed", fields: { ...failure, attempt: 2, retryInSeconds: expect.any(Number) } },
      { level: "error", message: "email given up", fields: { ...failure, attempt: 3 } },
    ]);
    expect(JSON.stringify(logged)).not.toContain(to.split("@")[0]);

    await sink.start();
    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });
    expect(sink.messages).toHaveLength(0);
  });

  it("keeps retrying through a long outage by default, and gives up at once on a permanent 5xx refusal", async () => {
    const id = await enqueueOne(uniqueAddress());
    await sink.stop();
    let now = new Date();
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 0, retried: 1, failed: 0, cancelled: 0 });
      now = new Date((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).nextAttemptAt.getTime() + 1);
    }
    expect(now.getTime() - Date.now()).toBeGreaterThan(60 * 60 * 1000); // more than an hour of outage, still queued
    await sink.start();
    expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });

    const { SMTPServer } = await import("smtp-server");
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((listening) => refusing.listen(0, "127.0.0.1", listening));
    const port = (refusing.server.address() as { port: number }).port;
    const refused = await enqueueOne(uniqueAddress());
    const result = await deliverDueEmails({ db, transport: createMailTransport(`smtp://127.0.0.1:${port}`), now: inOneHour() });
    expect(result).toEqual({ sent: 0, retried: 0, failed: 1, cancelled: 0 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: refused } })).toMatchObject({ status: "FAILED", attempts: 1 });
    await new Promise<void>((closed) => refusing.close(() => closed()));
  });

  it("backs off exponentially from 5 s, capped at 15 min, with a little jitter", () => {
    expect(retryDelayMs(1, () => 0)).toBe(5_000);
    expect(retryDelayMs(2, () => 0)).toBe(10_000);
    expect(retryDelayMs(4, () => 0)).toBe(40_000);
    expect(retryDelayMs(30, () => 0)).toBe(15 * 60_000);
    expect(retryDelayMs(1, () => 1)).toBe(5_500);
  });

  it("takes over a row whose claim expired (a crashed sender), never a SENT one", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    const now = new Date();
    await db.emailOutbox.update({ where: { id }, data: { status: "SENDING", lockedUntil: new Date(now.getTime() + 60_000) } });
    expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 0, retried: 0, failed: 0, cancelled: 0 });

    expect(await deliverDueEmails({ db, transport, now: new Date(now.getTime() + 61_000) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      cancelled: 0,
    });
    await sink.waitFor((messages) => messages.length === 1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT" });
  });

  it("keeps time by the database's clock: an app server whose clock is off neither takes over a live claim nor keeps an expired one", async () => {
    const HOUR = 60 * 60_000;
    const live = await enqueueOne(uniqueAddress("live"));
    await db.$executeRaw`UPDATE "EmailOutbox" SET "status" = 'SENDING', "lockedUntil" = timezone('UTC', now()) + interval '1 minute' WHERE "id" = ${live}`;
    // An hour fast, this server would have taken the claim for expired and sent the email twice.
    expect(await withAppClockOff(HOUR, () => deliverDueEmails({ db, transport }))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      cancelled: 0,
    });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: live } })).toMatchObject({ status: "SENDING" });

    await db.$executeRaw`UPDATE "EmailOutbox" SET "lockedUntil" = timezone('UTC', now()) - interval '1 second' WHERE "id" = ${live}`;
    // An hour slow, it would have waited an hour to take over the abandoned claim.
    const before = await databaseNow();
    expect(await withAppClockOff(-HOUR, () => deliverDueEmails({ db, transport }))).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      cancelled: 0,
    });
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: live } });
    expect(row.status).toBe("SENT");
    expect(Math.abs(row.sentAt!.getTime() - before.getTime())).toBeLessThan(5_000); // written with the database's time too

    // A retry is scheduled from the database's time.
    const failing = await enqueueOne(uniqueAddress("retry"));
    await sink.stop();
    const start = await databaseNow();
    expect(await withAppClockOff(-HOUR, () => deliverDueEmails({ db, transport }))).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
      cancelled: 0,
    });
    const retry = await db.emailOutbox.findUniqueOrThrow({ where: { id: failing } });
    expect(retry.nextAttemptAt.getTime() - start.getTime()).toBeGreaterThanOrEqual(5_000);
    expect(retry.nextAttemptAt.getTime() - start.getTime()).toBeLessThan(10_000);
    await db.emailOutbox.update({ where: { id: failing }, data: { status: "FAILED" } });
  });

  it("claims an email until CLAIM_MS after the database's now, and holds the claim while the send lasts", async () => {
    const slow = await startSmtpSink({ delayMs: 800 });
    const slowTransport = createMailTransport(slow.url);
    try {
      const id = await enqueueOne(uniqueAddress());
      const before = await databaseNow();
      const pass = withAppClockOff(-60 * 60_000, () => deliverDueEmails({ db, transport: slowTransport }));
      await slow.waitFor(() => slow.receiving === 1);
      const claimed = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(claimed.status).toBe("SENDING");
      const claimEndsIn = claimed.lockedUntil!.getTime() - before.getTime();
      expect(claimEndsIn).toBeGreaterThanOrEqual(CLAIM_MS);
      expect(claimEndsIn).toBeLessThan(CLAIM_MS + 5_000);
      expect(await pass).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
      expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", lockedUntil: null });
    } finally {
      slowTransport.close();
      await slow.stop();
    }
  });

  it("cancels, in the claiming statement, what is due for a disabled contact of the email's organization; sends the rest", async () => {
    const org = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const gone = await createContact(org.organization.id, { status: "DISABLED" });
    const active = await createContact(org.organization.id);
    // A member of the organization whose contact record there is disabled gets no notification either.
    const member = await createUser();
    await db.membership.create({ data: { organizationId: org.organization.id, userId: member.id, role: "ORG_ADMIN" } });
    await createContact(org.organization.id, { email: member.email, userId: member.id, status: "DISABLED" });

    const row = (toEmail: string, organizationId: string | null, template = "orders-reassigned", extra: object = {}) =>
      db.emailOutbox.create({
        data: { organizationId, toEmail, template, locale: "en", subject: `To ${toEmail}`, html: "<p>h</p>", text: "t", ...extra },
        select: { id: true },
      });
    const withheld = [
      await row(gone.email, org.organization.id),
      await row(gone.email, org.organization.id, "orders-reassigned", { attempts: 2, lastError: "ECONNREFUSED" }), // queued before, retried since
      await row(gone.email, org.organization.id, "orders-reassigned", { status: "SENDING", lockedUntil: new Date(Date.now() - 1000) }), // abandoned claim
      await row(member.email, org.organization.id, "data-protection-alert"),
    ];
    const delivered = [
      await row(gone.email, org.organization.id, "contact-invitation"), // an invitation goes to whoever the admin addressed
      await row(gone.email, null, "sign-in"), // a sign-in link is the person's own request
      await row(gone.email, other.organization.id), // another organization's contact is not disabled
      await row(active.email, org.organization.id),
    ];

    const counting = createCountingDb();
    try {
      expect(await deliverDueEmails({ db: counting.db, transport })).toEqual({ sent: 4, retried: 0, failed: 0, cancelled: 4 });
      // One statement claims and cancels the whole batch; each send is recorded before its lane
      // sends again, sends that finish together in one statement (at most one per email).
      expect(counting.statements.filter((sql) => sql.includes('"Contact"'))).toHaveLength(1);
      expect(counting.statements.length).toBeGreaterThanOrEqual(2);
      expect(counting.statements.length).toBeLessThanOrEqual(1 + delivered.length);
    } finally {
      await counting.disconnect();
    }
    const rows = await db.emailOutbox.findMany({ where: { id: { in: withheld.map((r) => r.id) } } });
    expect(rows.map((r) => [r.status, r.lastError, r.lockedUntil, r.sentAt])).toEqual(
      withheld.map(() => ["CANCELLED", DISABLED_RECIPIENT_REASON, null, null]),
    );
    expect(await db.emailOutbox.count({ where: { id: { in: delivered.map((r) => r.id) }, status: "SENT" } })).toBe(delivered.length);
    await sink.waitFor((messages) => messages.length === delivered.length);
    expect(sink.messages.map((m) => m.mail.subject).sort()).toEqual(
      [`To ${gone.email}`, `To ${gone.email}`, `To ${gone.email}`, `To ${active.email}`].sort(),
    );
  });

  it("delivers each email exactly once when two passes run at the same time", async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => uniqueAddress(`p${i}`));
    await db.$transaction((tx) =>
      Promise.all(addresses.map((email) => enqueueEmail(tx, { template: "sign-in", to: { email }, locale: "en", content: signIn(email) }))),
    );

    const results = await Promise.all([deliverDueEmails({ db, transport }), deliverDueEmails({ db, transport })]);
    const sentByPasses = results.reduce((sum, r) => sum + r.sent, 0);
    expect(results.every((r) => r.retried === 0 && r.failed === 0)).toBe(true);
    expect(results.every((r) => r.sent > 0)).toBe(true);
    expect(sentByPasses).toBeLessThanOrEqual(30);

    // Drain what the two batches (20 each at most) left, again concurrently.
    while ((await db.emailOutbox.count({ where: { toEmail: { in: addresses }, status: { not: "SENT" } } })) > 0) {
      await Promise.all([deliverDueEmails({ db, transport }), deliverDueEmails({ db, transport })]);
    }
    await sink.waitFor((messages) => messages.length >= 30);
    const received = sink.messages.flatMap((m) => m.recipients).sort();
    expect(received).toEqual([...addresses].sort());
    expect(await db.emailOutbox.count({ where: { toEmail: { in: addresses }, status: "SENT", attempts: 1 } })).toBe(30);
  });

  it("runs in the background worker, kicked after a commit", async () => {
    expect(startMailWorker({ transport, fallbackMs: 60_000 })).toBe(true);
    try {
      expect(startMailWorker({ transport, fallbackMs: 60_000 })).toBe(true); // idempotent
      const to = uniqueAddress();
      const id = await enqueueOne(to);
      kickMailWorker();
      kickMailWorker();
      await sink.waitFor((messages) => messages.some((m) => m.recipients.includes(to)));
      await expect.poll(async () => (await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
      expect(sink.messages).toHaveLength(1);
    } finally {
      expect(await stopMailWorker()).toBe(true);
    }
  });
});
