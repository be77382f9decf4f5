// Reactivate (org admins): a cancelled organization is active again and no longer scheduled
// for deletion. One of the few changes a cancelled organization accepts.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { lockOrganization } from "./lock-organization";
import { reactivateSchema } from "./schemas";

export const reactivateSubscription = defineOrgAction({
  capability: "subscription.cancel",
  schema: reactivateSchema,
  allowWhenCancelled: true,
  async run({ access, actor }) {
    return db.$transaction(async (tx) => {
      const organization = await lockOrganization(tx, access.organization.id);
      if (organization.subscriptionStatus !== "CANCELLED") throw new AppError("NOT_CANCELLED", "subscription.errors.notCancelled");
      if (organization.deletionStartedAt) throw new AppError("CONFLICT", "subscription.errors.deleting");
      await tx.organization.update({
        where: { id: organization.id },
        data: { subscriptionStatus: "ACTIVE", cancelledAt: null, deletionScheduledAt: null, deletionRemindersSent: 0 },
      });
      await audit(tx, actor, {
        organizationId: organization.id,
        action: "subscription.reactivated",
        targetType: "Organization",
        targetId: organization.id,
        metadata: { from: "CANCELLED", to: "ACTIVE", deletionScheduledAt: organization.deletionScheduledAt?.toISOString() ?? null },
      });
      return { status: "ACTIVE" as const };
    });
  },
});
