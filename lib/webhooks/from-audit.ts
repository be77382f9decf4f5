// Which audited changes are webhook events: audit() passes every change through here, so each
// door (pages, REST API, imports) sends the same events without a second call per use case.
// The data is the audit event's own metadata (what the organization's admins see in the log).
import type { WebhookEvent } from "./emit";
import type { WebhookEventType } from "./events";

type AuditedLike = { organizationId: string | null; action: string; targetType: string; targetId?: string | null; metadata?: unknown };

const BY_ACTION: Record<string, WebhookEventType> = {
  "user.invited": "user.invited",
  "user.removed": "user.removed",
  "user.role_changed": "user.role_changed",
  "contact.created": "contact.added",
  "contact.updated": "contact.updated",
  "contact.disabled": "contact.disabled",
  "contact.enabled": "contact.enabled",
  "order.placed": "order.placed",
  "invoice.paid": "invoice.paid",
  "subscription.cancelled": "organization.cancelled",
};

const metadataOf = (change: AuditedLike): Record<string, unknown> =>
  change.metadata && typeof change.metadata === "object" && !Array.isArray(change.metadata)
    ? (change.metadata as Record<string, unknown>)
    : {};

export function webhookEventOfAudit(change: AuditedLike): WebhookEvent | null {
  if (!change.organizationId || !change.targetId) return null;
  const metadata = metadataOf(change);
  // A user invitation accepted: the user joined; its events are the membership's.
  if (change.action === "invitation.accepted") {
    if (metadata.kind !== "USER" || typeof metadata.membershipId !== "string") return null;
    return {
      organizationId: change.organizationId,
      type: "user.joined",
      resource: { type: "membership", id: metadata.membershipId },
      data: { role: metadata.role, invitationId: change.targetId },
    };
  }
  const type = BY_ACTION[change.action];
  if (!type) return null;
  return {
    organizationId: change.organizationId,
    type,
    resource: { type: change.targetType.charAt(0).toLowerCase() + change.targetType.slice(1), id: change.targetId },
    data: metadata,
  };
}
