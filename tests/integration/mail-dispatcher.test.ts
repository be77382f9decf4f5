// The outbox and its dispatcher against a real PostgreSQL and a real SMTP server.
// Every test leaves its rows SENT or FAILED, so none is due for the next test.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { translator, type Locale } from "@/lib/i18n";
import { deliverDueEmails, retryDelayMs } from "@/lib/mail/dispatcher";
import { enqueueEmail, enqueueOncePerRecipient } from "@/lib/mail/outbox";
import { createMailTransport } from "@/lib/mail/transport";
import { kickMailWorker, startMailWorker, stopMailWorker } from "@/lib/mail/worker";
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

/** Pre-rendered content (delivery is under test here, not templates: tests/unit/emails.test.ts renders those). */
function signInEmail({ locale, email, url }: { locale: Locale; email: string; url: string }) {
  const t = translator(locale);
  return { subject: t("emails.signIn.subject"), html: `<!DOCTYPE html><html lang="${locale}"><body><a href="${url}">${t("emails.signIn.button")}</a></body></html>`, text: `${t("emails.signIn.button")} ${url}` };
}

function signIn(email: string) {
  return signInEmail({ locale: "en", email, url: `https://roster.example/signin?email=${encodeURIComponent(email)}` });
}

async function enqueueOne(to: string, template = "sign-in"): Promise<string> {
  return db.$transaction((tx) => enqueueEmail(tx, { template, to: { email: to, name: "Ada Lovelace" }, locale: "en", content: signIn(to) }));
}

const inOneHour = () => new Date(Date.now() + 60 * 60_000);

describe("mail dispatcher", () => {
  it("delivers an email enqueued in a committed transaction and marks it SENT", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, toEmail: to });

    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 1, retried: 0, failed: 0 });

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

    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0 });
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
    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.messages).toHaveLength(0);
  });

  it("keeps an email while the server is down, then delivers it exactly once", async () => {
    const to = uniqueAddress();
    const id = await enqueueOne(to);
    await sink.stop();

    const firstPass = new Date();
    expect(await deliverDueEmails({ db, transport, now: firstPass })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const failed = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failed.lastError).not.toMatch(/\n|    at /);
    const delay = failed.nextAttemptAt.getTime() - firstPass.getTime();
    expect(delay).toBeGreaterThanOrEqual(5_000);
    expect(delay).toBeLessThanOrEqual(5_500);

    // Not due yet: a pass now leaves it alone even though the server is back.
    await sink.start();
    expect(await deliverDueEmails({ db, transport, now: firstPass })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.messages).toHaveLength(0);

    const later = new Date(failed.nextAttemptAt.getTime() + 1);
    expect(await deliverDueEmails({ db, transport, now: later })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });

    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0 });
    await sink.waitFor((messages) => messages.length >= 1);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0].recipients).toEqual([to]);
  });

  it("gives up after maxAttempts failures, with backoff between them", async () => {
    const id = await enqueueOne(uniqueAddress());
    await sink.stop();

    let now = new Date();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await deliverDueEmails({ db, transport, now, maxAttempts: 3 });
      expect(result).toEqual(attempt < 3 ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 });
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < 3) delays.push(row.nextAttemptAt.getTime() - now.getTime());
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 3, lockedUntil: null });
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).lastError).toBeTruthy();

    await sink.start();
    expect(await deliverDueEmails({ db, transport, now: inOneHour() })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sink.messages).toHaveLength(0);
  });

  it("keeps retrying through a long outage by default, and gives up at once on a permanent 5xx refusal", async () => {
    const id = await enqueueOne(uniqueAddress());
    await sink.stop();
    let now = new Date();
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 0, retried: 1, failed: 0 });
      now = new Date((await db.emailOutbox.findUniqueOrThrow({ where: { id } })).nextAttemptAt.getTime() + 1);
    }
    expect(now.getTime() - Date.now()).toBeGreaterThan(60 * 60 * 1000); // more than an hour of outage, still queued
    await sink.start();
    expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 1, retried: 0, failed: 0 });

    const { SMTPServer } = await import("smtp-server");
    const refusing = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS"],
      onRcptTo(_address, _session, callback) { callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 })); },
    });
    await new Promise<void>((listening) => refusing.listen(0, "127.0.0.1", listening));
    const port = (refusing.server.address() as { port: number }).port;
    const refused = await enqueueOne(uniqueAddress());
    const result = await deliverDueEmails({ db, transport: createMailTransport(`smtp://127.0.0.1:${port}`), now: inOneHour() });
    expect(result).toEqual({ sent: 0, retried: 0, failed: 1 });
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
    expect(await deliverDueEmails({ db, transport, now })).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(await deliverDueEmails({ db, transport, now: new Date(now.getTime() + 61_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    await sink.waitFor((messages) => messages.length === 1);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT" });
  });

  it("delivers each email exactly once when two passes run at the same time", async () => {
    const addresses = Array.from({ length: 30 }, (_, i) => uniqueAddress(`p${i}`));
    await db.$transaction((tx) =>
      enqueueOncePerRecipient(tx, addresses.map((email) => ({ email })), (r) => ({ template: "sign-in", locale: "en", content: signIn(r.email) })),
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

  it("enqueues one email per distinct recipient, compared case-insensitively", async () => {
    const ada = uniqueAddress("ada");
    const bob = uniqueAddress("bob");
    const recipients = [
      { email: ada.toUpperCase(), name: "Ada (licensee)", locale: "fr" as const },
      { email: bob, name: "Bob", locale: "en" as const },
      { email: ` ${ada} `, name: "Ada (billing)", locale: "en" as const },
    ];
    const ids = await db.$transaction((tx) =>
      enqueueOncePerRecipient(tx, recipients, (r) => ({
        template: "sign-in",
        locale: r.locale,
        content: signInEmail({ locale: r.locale, email: r.email, url: "https://roster.example/x" }),
      })),
    );
    expect(ids).toHaveLength(2);
    const rows = await db.emailOutbox.findMany({ where: { id: { in: ids } }, orderBy: { toEmail: "asc" } });
    expect(rows.map((r) => [r.toEmail, r.toName, r.locale])).toEqual([
      [ada, "Ada (licensee)", "fr"],
      [bob, "Bob", "en"],
    ]);
    expect(await db.$transaction((tx) => enqueueOncePerRecipient(tx, [], () => ({ template: "x", locale: "en", content: signIn("x@y.z") })))).toEqual([]);

    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 2, retried: 0, failed: 0 });
    await sink.waitFor((messages) => messages.length === 2);
    expect(sink.messages.flatMap((m) => m.recipients).sort()).toEqual([ada, bob].sort());
    expect(sink.messages.find((m) => m.recipients[0] === ada)?.mail.subject).toBe("Connexion à Roster");
  });

  it("runs in the background worker, kicked after a commit", async () => {
    const previous = process.env.SMTP_URL;
    process.env.SMTP_URL = sink.url;
    try {
      startMailWorker({ intervalMs: 60_000 });
      startMailWorker({ intervalMs: 60_000 }); // idempotent
      const to = uniqueAddress();
      const id = await enqueueOne(to);
      kickMailWorker();
      kickMailWorker();
      await sink.waitFor((messages) => messages.some((m) => m.recipients.includes(to)));
      await expect.poll(async () => (await db.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
      expect(sink.messages).toHaveLength(1);
    } finally {
      stopMailWorker();
      process.env.SMTP_URL = previous;
    }
  });
});
