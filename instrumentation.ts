// Runs once when the Next server starts: the mail worker delivers the outbox.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.MAIL_WORKER === "off") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
}
