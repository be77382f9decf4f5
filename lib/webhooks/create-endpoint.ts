// *Add endpoint* (org admins): a URL and the events it wants. Its signing secret is returned
// once, here; the database keeps it only sealed (secret.ts).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { isAllowedWebhookUrl } from "./address-policy";
import { MAX_WEBHOOK_ENDPOINTS } from "./events";
import { createWebhookEndpointSchema } from "./schemas";
import { newWebhookSecret, sealWebhookSecret } from "./secret";

export type CreatedWebhookEndpoint = { id: string; url: string; secret: string };

export const createWebhookEndpoint = defineOrgAction({
  capability: "webhooks.manage",
  schema: createWebhookEndpointSchema,
  write: true,
  async run({ access, actor, input }): Promise<CreatedWebhookEndpoint> {
    const organizationId = access.organization.id;
    if (!isAllowedWebhookUrl(input.url)) throw new AppError("INVALID", "webhooks.errors.urlNotAllowed", { field: "url" });
    const id = randomUUID();
    const secret = newWebhookSecret();
    const events = [...new Set(input.events)];
    return db.$transaction(async (tx) => {
      // One creation at a time per organization, so the cap holds under concurrent requests.
      await tx.$executeRaw`SELECT 1 FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
      const count = await tx.webhookEndpoint.count({ where: { organizationId } });
      if (count >= MAX_WEBHOOK_ENDPOINTS)
        throw new AppError("CONFLICT", "webhooks.errors.tooMany", { field: "url", params: { max: MAX_WEBHOOK_ENDPOINTS } });
      await tx.webhookEndpoint.create({
        data: { id, organizationId, url: input.url, events, secretSealed: sealWebhookSecret(secret, id), createdById: actor.userId },
      });
      await audit(tx, actor, {
        organizationId,
        action: "webhook_endpoint.created",
        targetType: "WebhookEndpoint",
        targetId: id,
        metadata: { url: input.url, events },
      });
      return { id, url: input.url, secret };
    });
  },
});
