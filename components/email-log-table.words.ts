// The words of email-log-table.tsx, declared beside it (lib/i18n/pick-messages.ts).
import { words } from "@/lib/i18n/pick-messages";

/** The table. */
export const emailLogTableWords = words("outbox.columns", "outbox.status", "outbox.nextAttempt", "outbox.caption", "outbox.empty");

/** Retry, for those who may retry. */
export const emailLogRetryWords = words("outbox.retryNamed", "outbox.retried", "outbox.errors.linkNotKept");
