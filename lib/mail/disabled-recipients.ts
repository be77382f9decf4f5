// SPEC §3: a disabled contact gets no email. One rule for the three places that apply it:
// disabling a contact (cancels what waits), the dispatcher's claim (cancels what is due,
// whatever was queued or retried since) and "send again" in the email log (refused).

/**
 * Emails that are not contact notifications, so a disabled contact with the same address
 * still gets them: an invitation goes to whoever the admin addressed, and a sign-in link is
 * the person's own request (it has no organization anyway).
 */
export const NOT_CONTACT_NOTIFICATIONS: readonly string[] = ["contact-invitation", "user-invitation", "sign-in"];

/** The outbox row's lastError when it is cancelled for this rule. */
export const DISABLED_RECIPIENT_REASON = "cancelled: the recipient contact was disabled";

/** Whether an organization's email is withheld from its disabled contacts with the same address. */
export function isContactNotification(template: string): boolean {
  return !NOT_CONTACT_NOTIFICATIONS.includes(template);
}
