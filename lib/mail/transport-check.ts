// Whether the SMTP server answered lately: verified at boot and every few minutes by one
// timer per process (never per request), so /api/ready reads the last result for free.
// Kept on globalThis: Next bundles instrumentation.ts and route handlers apart.
import { config } from "@/lib/config";
import { createMailTransport } from "./transport";
import { logger } from "@/lib/log/logger";
import { redactedError } from "@/lib/log/redact";

export type MailCheck = { ok: boolean; checkedAt: number; error?: string };

/** Between two verifications of one process. */
export const MAIL_CHECK_INTERVAL_MS = 5 * 60_000;
/** A result older than this no longer counts as "recently" (three missed checks). */
export const MAIL_CHECK_MAX_AGE_MS = 3 * MAIL_CHECK_INTERVAL_MS;

type State = { last: MailCheck | null; timer: ReturnType<typeof setInterval> | null; inFlight: Promise<MailCheck> | null };
const globalForCheck = globalThis as unknown as { rosterMailCheck?: State };
const state = (): State => (globalForCheck.rosterMailCheck ??= { last: null, timer: null, inFlight: null });

export function lastMailCheck(): MailCheck | null {
  return state().last;
}

export function recordMailCheck(check: MailCheck): void {
  state().last = check;
}

type Verifiable = { verify(): Promise<unknown>; close?(): void };

/** Connects, greets and logs in (as configured) once; records and returns the outcome. Never throws. */
export function verifyMailTransport(transport: Verifiable = createMailTransport(config().SMTP_URL)): Promise<MailCheck> {
  const current = state();
  current.inFlight ??= transport
    .verify()
    .then(
      (): MailCheck => ({ ok: true, checkedAt: Date.now() }),
      (error: unknown): MailCheck => ({ ok: false, checkedAt: Date.now(), error: error instanceof Error ? error.message : String(error) }),
    )
    .then((check) => {
      transport.close?.();
      // Said once when it starts failing and once when it answers again, not every 5 minutes.
      const before = current.last;
      if (!check.ok && (before === null || before.ok)) logger().warn({ error: redactedError(check.error) }, "mail server does not answer");
      if (check.ok && before && !before.ok) logger().info({}, "mail server answers again");
      recordMailCheck(check);
      current.inFlight = null;
      return check;
    });
  return current.inFlight;
}

/** At boot, then every MAIL_CHECK_INTERVAL_MS; once per process. */
export function startMailChecks(): void {
  const current = state();
  if (current.timer || !config().SMTP_URL) return;
  void verifyMailTransport();
  current.timer = setInterval(() => void verifyMailTransport(), MAIL_CHECK_INTERVAL_MS);
  current.timer.unref?.();
}
