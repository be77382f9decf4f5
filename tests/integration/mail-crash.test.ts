// A hard crash of the server process (kill -9) in the middle of a claimed batch: the emails
// it had sent but not yet recorded go out again once their claim expires, so each email's
// SENT mark must follow its own SMTP acceptance. At most the sends in flight at the crash
// (one per pooled connection) may reach the server twice, never a batch of them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import pg from "pg";
import { db } from "@/lib/db/prisma";
import { CLAIM_MS, deliverDueEmails } from "@/lib/mail/dispatcher";
import { createMailTransport, SMTP_POOL_CONNECTIONS } from "@/lib/mail/transport";
import { signInEmail } from "../support/prerendered-email";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
let child: ChildProcess | null = null;

beforeEach(async () => {
  sink = await startSmtpSink();
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await sink.stop();
});

/** `count` pre-rendered emails, in one statement. */
async function enqueue(count: number): Promise<string[]> {
  const rows = await db.emailOutbox.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => {
      const toEmail = `crash-${i}-${randomBytes(4).toString("hex")}@example.com`;
      return {
        template: "sign-in",
        toEmail,
        locale: "en" as const,
        ...signInEmail({ locale: "en", email: toEmail, url: "https://roster.example/x" }),
      };
    }),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** The app's server process (instrumentation.ts starts its mail worker), delivering to the sink. */
function startServerProcess(): { process: ChildProcess; output: () => string } {
  const started = spawn(process.execPath, ["--import", "tsx", "tests/support/mail-worker-process.ts"], {
    env: { ...process.env, NEXT_RUNTIME: "nodejs", SMTP_URL: sink.url, MAIL_WORKER: "", JOB_WORKER: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  started.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: started, output: () => output };
}

/** Resolves once the sink has received nothing new for `quietMs`. */
async function quiet(quietMs: number): Promise<void> {
  let count = -1;
  let since = performance.now();
  for (;;) {
    if (sink.messages.length !== count) {
      count = sink.messages.length;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("mail worker crash", { timeout: 120_000 }, () => {
  it("killed (-9) mid-batch while the database is slow to record, sends again at most the emails that were in flight", async () => {
    const ids = await enqueue(300);
    const server = startServerProcess();
    child = server.process;
    const exited = once(server.process, "exit");
    // Mid-batch: the worker claims up to 200 at a time and has sent some of them.
    await sink.waitFor((messages) => messages.length >= 10, 60_000);

    // From now on the database records nothing (the table is locked against writes): every
    // email the worker sends meanwhile is accepted by the server and not marked SENT.
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query(`BEGIN; LOCK TABLE "EmailOutbox" IN SHARE MODE`);
      await quiet(1_500);
      server.process.kill("SIGKILL");
      await exited;
      // What the dead process had asked the database to write and was still waiting for dies with it.
      await locker.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      await locker.query("ROLLBACK");
    } finally {
      await locker.end();
    }
    const receivedBeforeCrash = sink.messages.length;
    const sentMarks = await db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } });
    // Accepted by the server but not recorded as sent: these go out again.
    const unrecorded = receivedBeforeCrash - sentMarks;
    expect(receivedBeforeCrash, server.output()).toBeLessThan(ids.length);

    // Another worker, once the dead one's claims have expired, sends everything that is left.
    const transport = createMailTransport(sink.url);
    try {
      const afterClaims = new Date(Date.now() + CLAIM_MS + 1_000);
      for (;;) {
        const result = await deliverDueEmails({ db, transport, now: afterClaims, batchSize: 200, concurrency: SMTP_POOL_CONNECTIONS });
        if (result.sent + result.retried + result.failed === 0) break;
      }
    } finally {
      transport.close();
    }
    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(ids.length);

    const timesReceived = new Map<string, number>();
    for (const message of sink.messages) timesReceived.set(message.mail.messageId!, (timesReceived.get(message.mail.messageId!) ?? 0) + 1);
    const twice = [...timesReceived.values()].filter((times) => times > 1).length;
    expect(timesReceived.size).toBe(ids.length); // none lost
    expect(twice).toBe(unrecorded);
    expect(
      twice,
      `${twice} emails sent twice after the crash (${receivedBeforeCrash} received, ${sentMarks} recorded)`,
    ).toBeLessThanOrEqual(SMTP_POOL_CONNECTIONS);
  });
});
