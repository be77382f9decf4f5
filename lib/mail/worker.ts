// The Next server's background mail loop: one per process (kept on globalThis so dev
// reloads don't start another). Start it once at boot (instrumentation.ts), which also
// drains it on shutdown (drain-on-shutdown.ts).
//
// Idle is idle: with nothing queued it sends no statement until something wakes it:
// - a notification from the database when any process commits new outbox rows
//   (outbox-listener.ts), or kickMailWorker() from a use case of this process;
// - the next retry or claim expiry, which each pass asks the database for (one statement);
// - at the latest a fallback pass every minute (e.g. after a missed notification).
import type { Db } from "@/lib/db/prisma";
import { db as appDb } from "@/lib/db/prisma";
import { config } from "@/lib/config";
import { deliverDueEmails, msUntilNextDue, type MailSender } from "./dispatcher";
import { listenForNewEmails, type OutboxListener } from "./outbox-listener";
import { createMailTransport, SMTP_POOL_CONNECTIONS } from "./transport";
import { logger } from "@/lib/log/logger";
import { redactedError } from "@/lib/log/redact";

type WorkerState = {
  db: Db;
  transport: MailSender & { close?(): void };
  concurrency: number | undefined;
  fallbackMs: number;
  listener: OutboxListener | null;
  timer: ReturnType<typeof setTimeout> | null;
  timerDueAt: number;
  /** The pass in progress, if any. */
  pass: Promise<void> | null;
  /** A wake-up arrived during a pass: run another one right after it. */
  rerun: boolean;
  /** Aborted by stopMailWorker: no new claim, no new send. */
  stopping: AbortController;
};

export type StartMailWorkerOptions = {
  /** The longest the worker sleeps when nothing wakes it. */
  fallbackMs?: number;
  /** Tests pass their own (e.g. one that counts statements); the app's by default. */
  db?: Db;
  transport?: MailSender & { close?(): void };
  /** For the LISTEN connection; DATABASE_URL by default. */
  databaseUrl?: string;
};

/**
 * Sends in flight: one per pooled connection of the worker's own transport; the dispatcher's default for one passed in (its pool size is
 * not known).
 */
const concurrencyFor = (transport: StartMailWorkerOptions["transport"]) => (transport ? undefined : SMTP_POOL_CONNECTIONS);

export const FALLBACK_MS = 60_000;
/** Several wake-ups in a row (a burst of inserts) make one pass. */
const WAKE_DELAY_MS = 50;
/** Rows claimed per pass: emails of one event share their rendering within a pass. */
const BATCH_SIZE = 200;
/** After a pass that found nothing although a row looked due (claimed meanwhile by another process). */
const MIN_IDLE_DELAY_MS = 1_000;
const ERROR_DELAY_MS = 5_000;
/** How long a stop waits for the sends in flight by default. */
export const DRAIN_TIMEOUT_MS = 15_000;

const globalForMail = globalThis as unknown as { rosterMailWorker?: WorkerState };

/** Makes sure a pass starts within `delayMs` (an earlier scheduled pass is kept). */
function schedule(state: WorkerState, delayMs: number): void {
  if (state.stopping.signal.aborted) return;
  const dueAt = Date.now() + delayMs;
  if (state.timer) {
    if (state.timerDueAt <= dueAt) return;
    clearTimeout(state.timer);
  }
  state.timerDueAt = dueAt;
  state.timer = setTimeout(() => void runPass(state), delayMs);
  state.timer.unref?.();
}

function wake(state: WorkerState): void {
  if (state.pass) state.rerun = true;
  else schedule(state, WAKE_DELAY_MS);
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error));

async function runPass(state: WorkerState): Promise<void> {
  state.timer = null;
  if (state.pass) {
    state.rerun = true;
    return;
  }
  state.rerun = false;
  let nextDelay = state.fallbackMs;
  state.pass = (async () => {
    try {
      const { signal } = state.stopping;
      const result = await deliverDueEmails({
        db: state.db,
        transport: state.transport,
        batchSize: BATCH_SIZE,
        signal,
        concurrency: state.concurrency,
      });
      if (signal.aborted) return;
      const handled = result.sent + result.retried + result.failed + result.cancelled;
      if (handled >= BATCH_SIZE) {
        nextDelay = 0; // a full batch: more may be waiting
        return;
      }
      const untilDue = await msUntilNextDue(state.db);
      if (untilDue !== null) nextDelay = Math.max(handled > 0 ? 0 : MIN_IDLE_DELAY_MS, Math.min(state.fallbackMs, Math.ceil(untilDue)));
    } catch (error) {
      logger().error({ error: redactedError(firstLine(error)) }, "mail delivery pass failed");
      nextDelay = Math.min(state.fallbackMs, ERROR_DELAY_MS);
    }
  })();
  await state.pass;
  state.pass = null;
  schedule(state, state.rerun ? 0 : nextDelay);
}

/** Starts the loop (once per process; later calls do nothing). Never throws; says whether a worker runs. */
export function startMailWorker({ fallbackMs = FALLBACK_MS, db, transport, databaseUrl }: StartMailWorkerOptions = {}): boolean {
  const existing = globalForMail.rosterMailWorker;
  if (existing) return true;
  let sender: MailSender & { close?(): void };
  try {
    sender = transport ?? createMailTransport(undefined, { pooled: true });
  } catch (error) {
    console.error(`[mail] worker not started: ${firstLine(error)}`);
    return false;
  }
  const state: WorkerState = {
    db: db ?? appDb,
    transport: sender,
    concurrency: concurrencyFor(transport),
    fallbackMs,
    listener: null,
    timer: null,
    timerDueAt: 0,
    pass: null,
    rerun: false,
    stopping: new AbortController(),
  };
  const connectionString = databaseUrl ?? config().DATABASE_URL;
  if (connectionString) {
    state.listener = listenForNewEmails({ connectionString, onNotify: () => wake(state), onReconnect: () => wake(state) });
  } else {
    console.error("[mail] DATABASE_URL is not set: new emails are picked up by the fallback pass only");
  }
  globalForMail.rosterMailWorker = state;
  schedule(state, 0);
  return true;
}

/** Asks for a pass soon (debounced). Does nothing when the worker is not running. */
export function kickMailWorker(): void {
  const state = globalForMail.rosterMailWorker;
  if (state && !state.stopping.signal.aborted) wake(state);
}

/**
 * Stops the loop and drains it: no new claim or send, the sends in flight finish and their
 * outcome is written, the claimed emails not yet started are handed back. Resolves true
 * once drained, false when sends were still in flight after `timeoutMs` (their rows stay
 * claimed, and are sent again once the claim expires).
 */
export async function stopMailWorker({ timeoutMs = DRAIN_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<boolean> {
  const state = globalForMail.rosterMailWorker;
  if (!state) return true;
  globalForMail.rosterMailWorker = undefined;
  state.stopping.abort();
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  const listenerClosed = state.listener?.close();
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const drained = await Promise.race([
    (state.pass ?? Promise.resolve()).then(() => true),
    new Promise<false>((resolve) => (timeout = setTimeout(() => resolve(false), timeoutMs))),
  ]);
  clearTimeout(timeout);
  await listenerClosed;
  if (drained) state.transport.close?.();
  return drained;
}
