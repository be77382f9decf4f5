// English messages of the email delivery log; outbox.fr.ts has the same keys.
export const outboxEn = {
  title: "Email delivery",
  settingsLink: "Email delivery",
  settingsLinkDescription: "Every email sent on behalf of the organization, with its delivery status.",
  intro: "Emails are written to an outbox with the change that causes them, then delivered with retries. Failed ones can be sent again.",
  statusFilter: "Status",
  anyStatus: "Any status",
  apply: "Apply",
  caption: "Emails of {org}, newest first",
  empty: "No email yet.",
  columns: { to: "To", subject: "Subject", status: "Status", attempts: "Attempts", created: "Queued", sent: "Sent", actions: "Actions" },
  status: { PENDING: "Waiting", SENDING: "Sending", SENT: "Sent", FAILED: "Failed", CANCELLED: "Cancelled" },
  nextAttempt: "Next attempt {date}",
  retry: "Send again",
  retryNamed: "Send again the email “{subject}” to {to}",
  retried: "The email to {to} will be sent again shortly.",
  errors: {
    recipientDisabled: "Its recipient is a disabled contact: disabled contacts get no email.",
    notFound: "This email does not exist.",
    notFailed: "Only failed emails can be sent again.",
    linkNotKept:
      "Its link is not kept once the email has failed, so it cannot be sent again: resend the invitation, which sends a new link.",
  },
} as const;
