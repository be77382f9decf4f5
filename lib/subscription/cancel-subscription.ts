// Cancel subscription (SPEC §1, §4; org admins): the organization becomes read-only at once
// and is scheduled for deletion 90 days later; its admins are emailed now (and reminded by
// the deletion job 30 and 7 days before). The guard refuses it once cancelled (READ_ONLY).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { notify } from "@/lib/notifications/notify";
import { kickMailWorker } from "@/lib/mail/worker";
import { AccessError } from "@/lib/errors/app-error";
import { checkConfirmation, lockOrganization } from "./lock-organization";
import { deletionDateOf } from "./deletion-schedule";
import { confirmNameSchema } from "./schemas";

export const cancelSubscription = defineOrgAction({
  capability: "subscription.cancel",
  schema: confirmNameSchema,
  async run({ access, actor, input }) {
    const result = await db.$transaction(async (tx) => {
      const organization = await lockOrganization(tx, access.organization.id);
      // Cancelled by another request since the guard read it.
      if (organization.subscriptionStatus === "CANCELLED") throw new AccessError("READ_ONLY");
      checkConfirmation(organization, input.confirmName);
      const cancelledAt = new Date();
      const deletionScheduledAt = deletionDateOf(cancelledAt);
      await tx.organization.update({
        where: { id: organization.id },
        data: { subscriptionStatus: "CANCELLED", cancelledAt, deletionScheduledAt, deletionRemindersSent: 0 },
      });
      await audit(tx, actor, {
        organizationId: organization.id,
        action: "subscription.cancelled",
        targetType: "Organization",
        targetId: organization.id,
        metadata: { from: "ACTIVE", to: "CANCELLED", deletionScheduledAt: deletionScheduledAt.toISOString() },
      });
      await notify(tx, { kind: "organization_deletion", organizationId: organization.id, stage: "cancelled", days: 90 });
      return { deletionScheduledAt };
    });
    kickMailWorker();
    return result;
  },
});
