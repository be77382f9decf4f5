// When a cancelled organization is deleted, and when its admins are reminded of it.
const DAY_MS = 86_400_000;

/** SPEC §1: deletionScheduledAt = cancellation + 90 days. */
export const DELETION_DELAY_DAYS = 90;

/** The reminders before the deletion, in the order they go out (deletionRemindersSent counts them). */
export const REMINDER_DAYS = [30, 7] as const;

export function deletionDateOf(cancelledAt: Date): Date {
  return new Date(cancelledAt.getTime() + DELETION_DELAY_DAYS * DAY_MS);
}

/** The moment reminder number `index` (0-based, of REMINDER_DAYS) becomes due. */
export function reminderDueAt(deletionAt: Date, index: number): Date {
  return new Date(deletionAt.getTime() - REMINDER_DAYS[index] * DAY_MS);
}
