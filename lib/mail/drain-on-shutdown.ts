// A normal restart must not send an email twice: an email sent but not yet marked SENT
// when the process exits is sent again once its claim expires. So on SIGTERM/SIGINT the
// mail worker drains (stopMailWorker) before the process exits.
//
// Next 16's `next start` (next/dist/server/lib/start-server.js) handles SIGTERM and SIGINT
// itself: it closes the HTTP server, waits for the requests in flight and `after()` work,
// then calls process.exit(143 / 130) — which would cut a drain short. Its handlers are
// installed before the server loads instrumentation.ts, so when register() calls this, the
// listeners already there are Next's: they are moved behind the drain and run once it is
// done (with no such listener, the signal is raised again after the drain, so the process
// ends the way it would have without us).
import { stopMailWorker } from "./worker";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

const globalForShutdown = globalThis as unknown as { rosterMailDrainHooked?: boolean };

export function drainMailWorkerOnShutdown({ timeoutMs }: { timeoutMs?: number } = {}): void {
  if (globalForShutdown.rosterMailDrainHooked) return;
  globalForShutdown.rosterMailDrainHooked = true;
  let drained: Promise<void> | null = null;
  const drain = () =>
    (drained ??= stopMailWorker({ timeoutMs }).then(
      (complete) => {
        if (!complete)
          console.error("[mail] stopped before every send in flight finished: those emails are sent again once their claim expires");
      },
      (error: unknown) => console.error("[mail] draining the worker failed:", error),
    ));

  for (const signal of SIGNALS) {
    const afterDrain = process.listeners(signal);
    for (const listener of afterDrain) process.removeListener(signal, listener);
    const onSignal = () => {
      void drain().then(() => {
        if (afterDrain.length > 0) {
          for (const listener of afterDrain) listener.call(process, signal);
        } else {
          process.removeListener(signal, onSignal);
          process.kill(process.pid, signal);
        }
      });
    };
    process.on(signal, onSignal);
  }
}
