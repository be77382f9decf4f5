// *Rotate secret*: a new signing secret, shown once; deliveries from now on are signed with it.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { webhookEndpointIdSchema } from "./schemas";
import { newWebhookSecret, sealWebhookSecret } from "./secret";

export const rotateWebhookSecret = defineOrgAction({
  capability: "webhooks.manage",
  schema: webhookEndpointIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ id: string; url: string; secret: string }> {
    const organizationId = access.organization.id;
    const secret = newWebhookSecret();
    return db.$transaction(async (tx) => {
      const updated = await tx.webhookEndpoint.updateManyAndReturn({
        where: { organizationId, id: input.endpointId },
        data: { secretSealed: sealWebhookSecret(secret, input.endpointId) },
        select: { id: true, url: true },
      });
      const endpoint = updated[0];
      if (!endpoint) throw new AppError("NOT_FOUND", "webhooks.errors.notFound");
      await audit(tx, actor, {
        organizationId,
        action: "webhook_endpoint.secret_rotated",
        targetType: "WebhookEndpoint",
        targetId: endpoint.id,
        metadata: { url: endpoint.url },
      });
      return { id: endpoint.id, url: endpoint.url, secret };
    });
  },
});
