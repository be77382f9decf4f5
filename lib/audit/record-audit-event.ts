// Every mutation calls this inside its own transaction, so the change and its
// audit row commit (or roll back) together.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";

export type AuditInput = {
  organizationId: string | null;
  actorUserId: string | null;
  /** dotted verb, e.g. "organization.created", "contact.disabled" */
  action: string;
  targetType: string;
  targetId?: string | null;
  metadata?: Prisma.InputJsonValue;
  ip?: string | null;
  userAgent?: string | null;
};

export async function recordAuditEvent(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: toRow(event) });
}

function toRow(event: AuditInput) {
  return {
    organizationId: event.organizationId,
    actorUserId: event.actorUserId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    metadata: event.metadata ?? {},
    ip: event.ip ?? null,
    userAgent: event.userAgent ?? null,
  };
}

/** Several events of one change, in one statement. */
export async function recordAuditEvents(tx: Tx, events: AuditInput[]): Promise<void> {
  if (!events.length) return;
  await tx.auditEvent.createMany({ data: events.map(toRow) });
}
