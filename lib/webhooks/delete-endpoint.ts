// *Delete*: the endpoint and its delivery log go; the audit log keeps its URL.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { webhookEndpointIdSchema } from "./schemas";

export const deleteWebhookEndpoint = defineOrgAction({
  capability: "webhooks.manage",
  schema: webhookEndpointIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ id: string; url: string }> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const [endpoint] = await tx.$queryRaw<{ id: string; url: string }[]>`
        DELETE FROM "WebhookEndpoint" WHERE "organizationId" = ${organizationId} AND id = ${input.endpointId} RETURNING id, url`;
      if (!endpoint) throw new AppError("NOT_FOUND", "webhooks.errors.notFound");
      await audit(tx, actor, {
        organizationId,
        action: "webhook_endpoint.deleted",
        targetType: "WebhookEndpoint",
        targetId: endpoint.id,
        metadata: { url: endpoint.url },
      });
      return endpoint;
    });
  },
});
