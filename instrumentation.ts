// Runs once when the Next server starts: the mail worker delivers the outbox, and drains
// before the process exits (see lib/mail/drain-on-shutdown.ts).
export async function register() {
  // Next replaces NEXT_RUNTIME at build time, which keeps the Node-only imports below out of
  // the edge bundle: the one environment read outside lib/config, on purpose.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/lib/config");
  if (config().MAIL_WORKER === "off") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  const { drainMailWorkerOnShutdown } = await import("@/lib/mail/drain-on-shutdown");
  if (startMailWorker()) drainMailWorkerOnShutdown();
}
