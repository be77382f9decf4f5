// Runs once when the Next server starts: the mail worker delivers the outbox, and drains
// before the process exits (see lib/mail/drain-on-shutdown.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { envString } = await import("@/lib/env");
  if (envString("MAIL_WORKER") === "off") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  const { drainMailWorkerOnShutdown } = await import("@/lib/mail/drain-on-shutdown");
  if (startMailWorker()) drainMailWorkerOnShutdown();
}
