// An audit event in words of the viewer's language: its action, its record, and each
// change it recorded as "field: before → after" (a `{ from, to }` value, or a pair of
// top-level `from`/`to`) or "field: value". Role, status and language codes read as the rest
// of the app names them. Shared by the audit log page and its CSV export.
import type { Translate } from "@/lib/i18n";
import { isAuditAction, isAuditField, isAuditTargetType } from "./kinds";

export type AuditChange = { field: string; from?: string; to?: string; value?: string };

export function actionLabel(action: string, t: Translate): string {
  return isAuditAction(action) ? t(`audit.actions.${action}`) : action;
}

export function targetTypeLabel(targetType: string, t: Translate): string {
  return isAuditTargetType(targetType) ? t(`audit.targetTypes.${targetType}`) : targetType;
}

function fieldLabel(field: string, t: Translate): string {
  return isAuditField(field) ? t(`audit.fields.${field}`) : field;
}

const ORG_ROLES = new Set(["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"]);
const CONTACT_ROLES = new Set([
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
  "UNPAID_INVOICES",
  "NEW_QUOTES",
  "SECURITY_PRIVACY",
  "DATA_PROTECTION",
  "LICENSEE",
  "BILLING",
]);

/** One value in words: codes the app names elsewhere are translated, lists joined, objects as compact JSON. */
export function valueText(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return t("audit.none");
  if (typeof value === "boolean") return t(value ? "audit.yes" : "audit.no");
  if (Array.isArray(value)) return value.length ? value.map((each) => valueText(each, t)).join(", ") : t("audit.none");
  if (typeof value === "string") {
    if (ORG_ROLES.has(value)) return t(`roles.${value as "MEMBER"}`);
    if (CONTACT_ROLES.has(value)) return t(`contactRoles.${value as "LICENSEE"}`);
    if (value === "en" || value === "fr") return t(`contacts.languages.${value}`);
    return value;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What the top-level `from` and `to` of an action are about. */
const FROM_TO_FIELD: Record<string, string> = {
  "user.role_changed": "role",
  "user.locale_changed": "language",
  "workspace.renamed": "name",
  "workspace_contact.assigned": "assignedTo",
  "workspace_contact.unassigned": "assignedTo",
  "subscription.cancelled": "status",
  "subscription.reactivated": "status",
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;
}

/** The changes an event recorded, in the viewer's language, in the order they were recorded. */
export function describeChanges(action: string, metadata: unknown, t: Translate): AuditChange[] {
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return [];
  const entries = Object.entries(metadata as Record<string, unknown>);
  const changes: AuditChange[] = [];
  const record = metadata as Record<string, unknown>;
  if ("from" in record && "to" in record) {
    const field = fieldLabel(FROM_TO_FIELD[action] ?? "value", t);
    changes.push({ field, from: valueText(record.from, t), to: valueText(record.to, t) });
  }
  // A pair of `before` and `after` records: one change per field either names.
  const pairs = isRecord(record.before) && isRecord(record.after) ? { before: record.before, after: record.after } : null;
  if (pairs) {
    for (const field of new Set([...Object.keys(pairs.before), ...Object.keys(pairs.after)])) {
      const from = pairs.before[field];
      const to = pairs.after[field];
      if (JSON.stringify(from) !== JSON.stringify(to))
        changes.push({ field: fieldLabel(field, t), from: valueText(from, t), to: valueText(to, t) });
    }
  }
  for (const [field, value] of entries) {
    if (field === "from" || field === "to" || (pairs && (field === "before" || field === "after"))) continue;
    if (isFromTo(value)) {
      if (JSON.stringify(value.from) === JSON.stringify(value.to)) continue;
      changes.push({ field: fieldLabel(field, t), from: valueText(value.from, t), to: valueText(value.to, t) });
    } else changes.push({ field: fieldLabel(field, t), value: valueText(value, t) });
  }
  return changes;
}

/** A change as one line of text ("Role: Member → Org admin"). */
export function changeText(change: AuditChange, t: Translate): string {
  return change.value === undefined
    ? t("audit.changeFromTo", { field: change.field, from: change.from ?? "", to: change.to ?? "" })
    : t("audit.changeValue", { field: change.field, value: change.value });
}
