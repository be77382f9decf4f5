// The one way a change becomes webhook events: in the caller's transaction, one outbox row
// (WebhookDelivery) per event per enabled endpoint of the organization subscribed to its type,
// in one statement, so the events commit (or roll back) with the change. audit() calls it for
// the audited changes that are events (fromAudit below); the overdue reminder calls it itself.
// A trigger (migration 20261208400000_webhooks) wakes the dispatcher when the rows commit.
import type { Tx } from "@/lib/db/prisma";
import type { WebhookEventType } from "./events";

export type WebhookEvent = {
  organizationId: string;
  type: WebhookEventType;
  /** What the event is about, e.g. { type: "contact", id }: its events are delivered in order. */
  resource: { type: string; id: string };
  data: Record<string, unknown>;
  /** When it happened (the body's timestamp); now by default. */
  at?: Date;
};

/** How long a delivery is retried (exponential backoff) before it is given up as FAILED. */
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

/** The body every endpoint gets, as signed: { type, timestamp, data }. */
export function webhookBody(event: WebhookEvent): string {
  const at = event.at ?? new Date();
  return JSON.stringify({
    type: event.type,
    timestamp: at.toISOString(),
    data: { organizationId: event.organizationId, object: event.resource.type, id: event.resource.id, ...event.data },
  });
}

/** Writes the events (in order) for every endpoint that wants them; returns the rows written. */
export async function emitWebhookEvents(tx: Tx, events: readonly WebhookEvent[]): Promise<number> {
  if (!events.length) return 0;
  const rows = JSON.stringify(
    events.map((event, order) => ({
      order,
      organizationId: event.organizationId,
      type: event.type,
      resourceKey: `${event.resource.type}:${event.resource.id}`,
      body: webhookBody(event),
    })),
  );
  // Ordered by the event's place, then endpoint, so `seq` follows the order of the changes.
  return tx.$executeRaw`
    INSERT INTO "WebhookDelivery" (id, "organizationId", "endpointId", "eventType", "resourceKey", body, "retryUntil")
    SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), r."organizationId", e.id, r.type, r."resourceKey", r.body,
      timezone('UTC', now()) + ${RETRY_WINDOW_MS} * interval '1 millisecond'
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("order" int, "organizationId" text, type text, "resourceKey" text, body text)
    JOIN "WebhookEndpoint" e ON e."organizationId" = r."organizationId" AND e."disabledAt" IS NULL AND r.type = ANY (e.events)
    ORDER BY r."order", e.id`;
}

export async function emitWebhookEvent(tx: Tx, event: WebhookEvent): Promise<number> {
  return emitWebhookEvents(tx, [event]);
}
