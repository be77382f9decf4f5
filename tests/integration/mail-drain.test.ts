// A normal restart never sends an email twice: stopped with SIGTERM (or Ctrl-C's SIGINT)
// while sends are in flight, the server process lets them finish and records them SENT
// before it exits, and hands back what it had claimed but not started.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { db } from "@/lib/db/prisma";
import { signInEmail } from "../support/prerendered-email";
import { SMTP_POOL_CONNECTIONS } from "@/lib/mail/transport";
import { enqueueEmail } from "@/lib/mail/outbox";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const SEND_MS = 1_500;
let slow: SmtpSink;
const children: ChildProcess[] = [];

beforeEach(async () => {
  slow = await startSmtpSink({ delayMs: SEND_MS });
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await slow.stop();
});

type Server = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; at: number }> };

/** Starts a process that runs the app's instrumentation (the mail worker) the way Next does. */
async function startServerProcess(): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/mail-worker-process.ts"], {
    env: { ...process.env, NEXT_RUNTIME: "nodejs", SMTP_URL: slow.url, MAIL_WORKER: "", JOB_WORKER: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit").then(([code]) => ({ code: code as number | null, at: performance.now() }));
  const started = performance.now();
  while (!output.includes("ready")) {
    if (child.exitCode !== null) throw new Error(`the server process exited early:\n${output}`);
    if (performance.now() - started > 20_000) throw new Error(`the server process did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, output: () => output, exited };
}

async function enqueueSignInEmails(count: number): Promise<string[]> {
  return db.$transaction(async (tx) =>
    Promise.all(
      Array.from({ length: count }, (_, i) => {
        const to = `drain-${i}-${randomBytes(4).toString("hex")}@example.com`;
        return enqueueEmail(tx, {
          template: "sign-in",
          to: { email: to },
          locale: "en",
          content: signInEmail({ locale: "en", email: to, url: "https://roster.example/x" }),
        });
      }),
    ),
  );
}

const rowsOf = (ids: string[]) =>
  db.emailOutbox.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, attempts: true, lockedUntil: true, messageId: true },
  });

describe("mail worker shutdown", { timeout: 90_000 }, () => {
  it("on SIGTERM, finishes and records the sends in flight before the process exits; restarted, it sends the rest and nothing twice", async () => {
    // The worker's own pooled transport sends SMTP_POOL_CONNECTIONS at a time; two more wait.
    const inFlight = SMTP_POOL_CONNECTIONS;
    const ids = await enqueueSignInEmails(inFlight + 2);
    const first = await startServerProcess();
    await slow.waitFor(() => slow.receiving === inFlight, 15_000); // that many sends in flight, each held SEND_MS by the server
    const signalled = performance.now();
    first.child.kill("SIGTERM");
    const exit = await first.exited;
    expect(exit.code, first.output()).toBe(143); // Next's own handler ended the process, after the drain
    expect(exit.at - signalled).toBeGreaterThan(SEND_MS / 2); // it waited for the sends in flight
    expect(slow.messages).toHaveLength(inFlight);
    let rows = await rowsOf(ids);
    expect(rows.filter((r) => r.status === "SENT" && r.attempts === 1)).toHaveLength(inFlight);
    expect(rows.filter((r) => r.status === "PENDING" && r.attempts === 0 && r.lockedUntil === null)).toHaveLength(2);

    const second = await startServerProcess();
    await slow.waitFor((messages) => messages.length === inFlight + 2, 15_000);
    await expect.poll(async () => (await rowsOf(ids)).filter((r) => r.status === "SENT").length).toBe(inFlight + 2);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(143);

    rows = await rowsOf(ids);
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
    // Each email reached the server exactly once.
    const received = slow.messages.map((m) => m.mail.messageId).sort();
    expect(received).toEqual(rows.map((r) => r.messageId).sort());
    expect(new Set(received).size).toBe(inFlight + 2);
  });

  it("on Ctrl-C (SIGINT to the process, then SIGTERM from npm start), drains once and exits", async () => {
    const ids = await enqueueSignInEmails(2);
    const server = await startServerProcess();
    await slow.waitFor(() => slow.receiving === 2, 15_000);
    server.child.kill("SIGINT");
    server.child.kill("SIGTERM");
    const exit = await server.exited;
    expect([130, 143], server.output()).toContain(exit.code);
    expect(slow.messages).toHaveLength(2);
    expect((await rowsOf(ids)).every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
  });
});
