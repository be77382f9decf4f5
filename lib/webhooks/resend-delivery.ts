// *Resend*: the same event (same webhook-id and body, so a receiver that already has it can
// tell) is queued again at once, with 3 more days of retries.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { RETRY_WINDOW_MS } from "./emit";
import { webhookDeliveryIdSchema } from "./schemas";

export const resendWebhookDelivery = defineOrgAction({
  capability: "webhooks.manage",
  schema: webhookDeliveryIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ id: string }> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      // A delivery in flight (locked) is left alone: it is being sent right now.
      const [delivery] = await tx.$queryRaw<{ id: string; eventType: string }[]>`
        UPDATE "WebhookDelivery" SET status = 'PENDING', "nextAttemptAt" = timezone('UTC', now()),
          "retryUntil" = timezone('UTC', now()) + ${RETRY_WINDOW_MS} * interval '1 millisecond'
        WHERE "organizationId" = ${organizationId} AND "endpointId" = ${input.endpointId} AND id = ${input.deliveryId}
          AND ("lockedUntil" IS NULL OR "lockedUntil" <= timezone('UTC', now()))
        RETURNING id, "eventType"`;
      if (!delivery) throw new AppError("NOT_FOUND", "webhooks.errors.deliveryNotFound");
      await tx.$executeRaw`SELECT pg_notify('webhook_outbox', '')`;
      await audit(tx, actor, {
        organizationId,
        action: "webhook_delivery.resent",
        targetType: "WebhookEndpoint",
        targetId: input.endpointId,
        metadata: { deliveryId: delivery.id, eventType: delivery.eventType },
      });
      return { id: delivery.id };
    });
  },
});
