// The Next server's background mail loop: one per process (kept on globalThis so dev
// reloads don't start another). Start it once at boot (instrumentation.ts); use cases call
// kickMailWorker() after their transaction commits so emails leave without waiting a tick.
import { db } from "@/lib/db/prisma";
import { deliverDueEmails, type MailSender } from "./dispatcher";
import { createMailTransport } from "./transport";

type WorkerState = {
  intervalMs: number;
  transport: MailSender;
  timer: ReturnType<typeof setTimeout> | null;
  timerDueAt: number;
  running: boolean;
  /** A kick arrived during a pass: run another one right after it. */
  rerun: boolean;
  stopped: boolean;
};

const KICK_DELAY_MS = 50;
const BATCH_SIZE = 20;

const globalForMail = globalThis as unknown as { rosterMailWorker?: WorkerState };

/** Makes sure a pass starts within `delayMs` (an earlier scheduled pass is kept). */
function schedule(state: WorkerState, delayMs: number): void {
  if (state.stopped) return;
  const dueAt = Date.now() + delayMs;
  if (state.timer) {
    if (state.timerDueAt <= dueAt) return;
    clearTimeout(state.timer);
  }
  state.timerDueAt = dueAt;
  state.timer = setTimeout(() => void runPass(state), delayMs);
  state.timer.unref?.();
}

async function runPass(state: WorkerState): Promise<void> {
  state.timer = null;
  if (state.running) {
    state.rerun = true;
    return;
  }
  state.running = true;
  state.rerun = false;
  let fullBatch = false;
  try {
    const { sent, retried, failed } = await deliverDueEmails({ db, transport: state.transport, batchSize: BATCH_SIZE });
    fullBatch = sent + retried + failed >= BATCH_SIZE;
    if (failed > 0) console.error(`[mail] ${failed} email(s) failed for good; see EmailOutbox.lastError`);
  } catch (error) {
    console.error(`[mail] delivery pass failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    state.running = false;
  }
  // More may be waiting (a full batch, or a kick during the pass): go again at once.
  schedule(state, fullBatch || state.rerun ? 0 : state.intervalMs);
}

/** Starts the loop (once per process; later calls do nothing). Never throws. */
export function startMailWorker({ intervalMs = 2000 }: { intervalMs?: number } = {}): void {
  const existing = globalForMail.rosterMailWorker;
  if (existing && !existing.stopped) return;
  let transport: MailSender;
  try {
    transport = createMailTransport();
  } catch (error) {
    console.error(`[mail] worker not started: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const state: WorkerState = { intervalMs, transport, timer: null, timerDueAt: 0, running: false, rerun: false, stopped: false };
  globalForMail.rosterMailWorker = state;
  schedule(state, 0);
}

/** Asks for a pass soon (debounced). Does nothing when the worker is not running. */
export function kickMailWorker(): void {
  const state = globalForMail.rosterMailWorker;
  if (!state || state.stopped) return;
  if (state.running) {
    state.rerun = true;
    return;
  }
  schedule(state, KICK_DELAY_MS);
}

/** Stops the loop (for shutdown and tests); a pass in progress finishes on its own. */
export function stopMailWorker(): void {
  const state = globalForMail.rosterMailWorker;
  if (!state) return;
  state.stopped = true;
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  globalForMail.rosterMailWorker = undefined;
}
