// Runs once when the Next server starts: aborted signals let go of their finished renders
// (lib/runtime/abort-reason-stacks.ts); the mail worker delivers the outbox, and drains
// before the process exits (see lib/mail/drain-on-shutdown.ts); pg-boss runs the scheduled
// jobs (lib/jobs/start-jobs.ts). A job cut short by the exit commits nothing of the batch it
// was on, and its next run does that work (the reminders are guarded in the database).
// Tests and benchmarks may ask for each request's SQL statements to be counted (lib/db/sql-count.ts).
export async function register() {
  // Next replaces NEXT_RUNTIME at build time, which keeps the Node-only imports below out of
  // the edge bundle: the one environment read outside lib/config, on purpose (through config()
  // Next could not see it, and lib/config's zod would land in the edge bundle).
  // eslint-disable-next-line no-restricted-properties -- must stay a literal `process.env.NEXT_RUNTIME` for Next to replace it
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("@/lib/runtime/abort-reason-stacks");
  releaseAbortReasonStacks();
  const { config } = await import("@/lib/config");
  if (config().ROSTER_SQL_COUNT === "on") {
    const { installRequestScopes } = await import("@/lib/db/sql-count");
    installRequestScopes();
  }
  if (config().JOB_WORKER === "on") {
    const { startJobs } = await import("@/lib/jobs/start-jobs");
    void startJobs();
  }
  // Readiness reports whether the mail server answered lately (lib/mail/transport-check.ts).
  const { startMailChecks } = await import("@/lib/mail/transport-check");
  startMailChecks();
  if (config().MAIL_WORKER === "off") return;
  const { startMailWorker } = await import("@/lib/mail/worker");
  const { drainMailWorkerOnShutdown } = await import("@/lib/mail/drain-on-shutdown");
  if (startMailWorker()) drainMailWorkerOnShutdown();
}
