// The settings page's reads: the organization's endpoints with their latest delivery's
// status (one statement), and one endpoint's delivery log, newest first (one statement).
import type { Db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import { DELIVERY_LOG_SIZE, MAX_WEBHOOK_ENDPOINTS } from "./events";

export type WebhookEndpointRow = {
  id: string;
  url: string;
  events: string[];
  createdAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
};

export async function listWebhookEndpoints(db: Db, access: Pick<OrgAccess, "organization">): Promise<WebhookEndpointRow[]> {
  return db.$queryRaw<WebhookEndpointRow[]>`
    SELECT id, url, events, "createdAt", "disabledAt", "disabledReason", "failingSince"
    FROM "WebhookEndpoint" WHERE "organizationId" = ${access.organization.id}
    ORDER BY "createdAt", id LIMIT ${MAX_WEBHOOK_ENDPOINTS}`;
}

export type WebhookDeliveryRow = {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  responseStatus: number | null;
  durationMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
};

export async function listWebhookDeliveries(
  db: Db,
  access: Pick<OrgAccess, "organization">,
  endpointId: string,
): Promise<WebhookDeliveryRow[]> {
  return db.$queryRaw<WebhookDeliveryRow[]>`
    SELECT id, "eventType", status::text AS status, attempts, "createdAt", "lastAttemptAt", "nextAttemptAt", "responseStatus",
      "durationMs", "responseExcerpt", error
    FROM "WebhookDelivery" WHERE "organizationId" = ${access.organization.id} AND "endpointId" = ${endpointId}
    ORDER BY "createdAt" DESC, seq DESC LIMIT ${DELIVERY_LOG_SIZE}`;
}
