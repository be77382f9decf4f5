// *Disable* and *Enable*: a disabled endpoint gets no new events and nothing is sent to it; its
// waiting deliveries resume when it is enabled again (those past their 3 days then fail).
// Enabling starts its failure count afresh.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { webhookEndpointIdSchema } from "./schemas";

function defineSwitch(enable: boolean) {
  return defineOrgAction({
    capability: "webhooks.manage",
    schema: webhookEndpointIdSchema,
    write: true,
    async run({ access, actor, input }): Promise<{ id: string; url: string }> {
      const organizationId = access.organization.id;
      return db.$transaction(async (tx) => {
        const updated = await tx.webhookEndpoint.updateManyAndReturn({
          where: { organizationId, id: input.endpointId, disabledAt: enable ? { not: null } : null },
          data: enable
            ? { disabledAt: null, disabledReason: null, failingSince: null }
            : { disabledAt: new Date(), disabledReason: "manual" },
          select: { id: true, url: true },
        });
        const endpoint = updated[0];
        if (!endpoint) {
          const exists = await tx.webhookEndpoint.count({ where: { organizationId, id: input.endpointId } });
          if (!exists) throw new AppError("NOT_FOUND", "webhooks.errors.notFound");
          return { id: input.endpointId, url: "" }; // already so: nothing changed, nothing to audit
        }
        await audit(tx, actor, {
          organizationId,
          action: enable ? "webhook_endpoint.enabled" : "webhook_endpoint.disabled",
          targetType: "WebhookEndpoint",
          targetId: endpoint.id,
          metadata: { url: endpoint.url },
        });
        return endpoint;
      });
    },
  });
}

export const disableWebhookEndpoint = defineSwitch(false);
export const enableWebhookEndpoint = defineSwitch(true);
