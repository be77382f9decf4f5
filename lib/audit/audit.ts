// Every mutation records what it changed inside its own transaction, so the change and its
// audit row commit (or roll back) together. Who did it comes from the actor: the user, and
// the request's IP and user agent when there was a request; null when the app itself acted.
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { emitWebhookEvents } from "@/lib/webhooks/emit";
import { webhookEventOfAudit } from "@/lib/webhooks/from-audit";
import type { AuditAction, AuditTargetType } from "./kinds";

export type AuditedChange = {
  organizationId: string | null;
  /** dotted verb, e.g. "organization.created", "contact.disabled": one of kinds.ts, so the log can name it */
  action: AuditAction;
  targetType: AuditTargetType;
  targetId?: string | null;
  metadata?: Prisma.InputJsonValue;
};

/**
 * Records a change by `actor`; several changes (a list) in one statement. The changes that
 * are webhook events (lib/webhooks/from-audit.ts) are written to the webhook outbox here too,
 * in the same transaction, so no door onto a use case can change something without its event.
 */
export async function audit(tx: Tx, actor: Actor | null, change: AuditedChange | AuditedChange[]): Promise<void> {
  const events = (Array.isArray(change) ? change : [change]).map(webhookEventOfAudit).filter((event) => event !== null);
  await auditRows(tx, actor, change);
  await emitWebhookEvents(tx, events);
}

async function auditRows(tx: Tx, actor: Actor | null, change: AuditedChange | AuditedChange[]): Promise<void> {
  if (!Array.isArray(change)) await tx.auditEvent.create({ data: auditRow(actor, change) });
  else if (change.length) {
    // A list (a users import: thousands) in one statement a few thousand rows, as one JSON document.
    for (let at = 0; at < change.length; at += AUDIT_BATCH) {
      const rows = JSON.stringify(change.slice(at, at + AUDIT_BATCH).map((each) => auditRow(actor, each)));
      await tx.$executeRaw`
        INSERT INTO "AuditEvent" (id, "organizationId", "actorUserId", "actorApiKeyId", action, "targetType", "targetId", metadata, ip, "userAgent")
        SELECT gen_random_uuid()::text, r."organizationId", r."actorUserId", r."actorApiKeyId", r.action, r."targetType", r."targetId", r.metadata, r.ip, r."userAgent"
        FROM jsonb_to_recordset(${rows}::jsonb) AS r("organizationId" text, "actorUserId" text, "actorApiKeyId" text, action text, "targetType" text,
          "targetId" text, metadata jsonb, ip text, "userAgent" text)`;
    }
  }
}

const AUDIT_BATCH = 5000;

function auditRow(actor: Actor | null, change: AuditedChange) {
  return {
    organizationId: change.organizationId,
    actorUserId: actor?.userId ?? null,
    actorApiKeyId: actor?.apiKeyId ?? null,
    action: change.action,
    targetType: change.targetType,
    targetId: change.targetId ?? null,
    metadata: change.metadata ?? {},
    ip: actor?.ip ?? null,
    userAgent: actor?.userAgent ?? null,
  };
}
