// The subscription's use cases lock the organization's row first, so that a cancellation,
// a reactivation and a deletion of the same organization run one after the other and each
// re-checks the state the previous one left.
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

export type LockedOrganization = {
  id: string;
  name: string;
  slug: string;
  subscriptionStatus: "ACTIVE" | "CANCELLED";
  cancelledAt: Date | null;
  deletionScheduledAt: Date | null;
  deletionStartedAt: Date | null;
};

export async function lockOrganization(tx: Tx, organizationId: string): Promise<LockedOrganization> {
  const rows = await tx.$queryRaw<LockedOrganization[]>`
    SELECT id, name, slug, "subscriptionStatus"::text AS "subscriptionStatus", "cancelledAt", "deletionScheduledAt", "deletionStartedAt"
    FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
  // Deleted since the guard read it (by Delete now or the job in another request).
  if (!rows[0]) throw new AppError("NOT_FOUND", "errors.notFound");
  return rows[0];
}

/** The typed confirmation must be the organization's name (spaces around it aside). */
export function checkConfirmation(organization: { name: string }, typed: string): void {
  if (typed.trim() !== organization.name.trim())
    throw new AppError("INVALID", "subscription.errors.nameMismatch", { field: "confirmName" });
}
