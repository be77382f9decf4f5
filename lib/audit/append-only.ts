// Audit events are append-only (a trigger refuses UPDATE and DELETE on them). The one
// deletion it lets through is the organization's own: call this first in the transaction
// that deletes the organization, and its events go with it (only its own, only in that
// transaction).
import type { Tx } from "@/lib/db/prisma";

export async function allowDeletingAuditEventsOf(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`SELECT set_config('roster.deleting_organization', ${organizationId}, true)`;
}
