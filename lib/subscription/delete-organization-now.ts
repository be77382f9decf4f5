// Delete now (org admins, typing the name again): what the scheduled job does on the date,
// at once. Allowed only once the subscription is cancelled. The deletion is marked as started
// and due in the same transaction as the check, so if this request stops halfway the job
// finishes it.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { checkConfirmation, lockOrganization } from "./lock-organization";
import { deleteOrganization } from "./delete-organization";
import { confirmNameSchema } from "./schemas";

export const deleteOrganizationNow = defineOrgAction({
  capability: "subscription.cancel",
  schema: confirmNameSchema,
  allowWhenCancelled: true,
  async run({ access, actor, input }) {
    const now = new Date();
    const organization = await db.$transaction(async (tx) => {
      const locked = await lockOrganization(tx, access.organization.id);
      if (locked.subscriptionStatus !== "CANCELLED") throw new AppError("NOT_CANCELLED", "subscription.errors.notCancelled");
      checkConfirmation(locked, input.confirmName);
      if (locked.deletionStartedAt) throw new AppError("CONFLICT", "subscription.errors.deleting");
      await tx.organization.update({ where: { id: locked.id }, data: { deletionScheduledAt: now, deletionStartedAt: now } });
      return locked;
    });
    // Its audit event is written outside the organization, whose own log goes with it.
    await deleteOrganization(db, organization.id, { now, actor });
    return { deleted: true as const };
  },
});
