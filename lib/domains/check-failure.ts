// Why a verification check failed. VerifiedDomain.lastError stores the reason's message
// key (domains.check.*), so the page shows it in the reader's language.
import type { MessageKey, Translate } from "@/lib/i18n";

/** takenByOther: stored by checks made before a verified subdomain stopped blocking its parent; claimedElsewhere replaces it. */
export const CHECK_FAILURES = ["noRecord", "mismatch", "notFound", "timeout", "dnsError", "takenByOther", "claimedElsewhere"] as const;
export type CheckFailure = (typeof CHECK_FAILURES)[number];

/** The message key stored in `lastError` for a failed check. */
export const checkFailureKey = (reason: CheckFailure): MessageKey => `domains.check.${reason}`;

/** The reason a stored `lastError` names, or null for anything else (older rows may hold plain text). */
export function checkFailureOf(lastError: string): CheckFailure | null {
  return CHECK_FAILURES.find((reason) => lastError === checkFailureKey(reason)) ?? null;
}

/** A stored `lastError` for display: translated when it is a reason's key, else as stored. */
export function describeLastError(t: Translate, lastError: string): string {
  const reason = checkFailureOf(lastError);
  return reason ? t(checkFailureKey(reason)) : lastError;
}
