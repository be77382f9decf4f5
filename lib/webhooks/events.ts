// The webhook event types an endpoint may subscribe to, without zod: the form
// (a client component) lists them too. Each comes from an audited change (from-audit.ts) or,
// for invoice.overdue, from the overdue reminder.
export const WEBHOOK_EVENT_TYPES = [
  "user.invited",
  "user.joined",
  "user.removed",
  "user.role_changed",
  "contact.added",
  "contact.updated",
  "contact.disabled",
  "contact.enabled",
  "order.placed",
  "invoice.paid",
  "invoice.overdue",
  "organization.cancelled",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** Endpoints an organization may have at once: the page lists them all, unpaginated. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

/** Deliveries shown in an endpoint's log (the newest). */
export const DELIVERY_LOG_SIZE = 50;
