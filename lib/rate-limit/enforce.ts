// For use cases whose refusal is an ordinary form error: check the limits, refuse with
// the first exceeded one's message (code RATE_LIMITED, with the wait), else count a hit
// on each. In the caller's transaction, after its own row locks (see checkLimits).
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { formatDuration, type Locale, type MessageKey } from "@/lib/i18n";
import { checkLimits, purgeExpired, recordHits, type LimitRule } from "./rate-limit";
import { minutesToWait } from "./rules";

/** A limit and what the person is told past it; the message's {wait} is filled in. */
export type EnforcedLimit = { rule: LimitRule; messageKey: MessageKey; field?: string };

export async function enforceLimits(tx: Tx, limits: readonly EnforcedLimit[], locale: Locale): Promise<void> {
  await purgeExpired();
  const exceeded = await checkLimits(
    tx,
    limits.map((limit) => limit.rule),
  );
  const first = limits.find((limit) => exceeded.some((entry) => entry.rule === limit.rule));
  if (first) {
    const waitMs = exceeded.find((entry) => entry.rule === first.rule)!.retryAfterMs;
    throw new AppError("RATE_LIMITED", first.messageKey, {
      field: first.field,
      params: { wait: formatDuration(locale, minutesToWait(waitMs)) },
    });
  }
  await recordHits(
    tx,
    limits.map((limit) => limit.rule),
  );
}
