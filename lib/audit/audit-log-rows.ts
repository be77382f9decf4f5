// The audit log's rows in the viewer's words (named objects for the table).
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { actionLabel, changeText, describeChanges, targetTypeLabel } from "./describe-event";
import type { AuditEventRow } from "./list-audit-events";

export type AuditLogRowView = {
  id: string;
  when: string;
  at: string;
  who: string;
  whoEmail: string | null;
  what: string;
  target: string;
  targetId: string | null;
  ip: string;
  userAgent: string | null;
  changes: string[];
};

/** Who acted, in words: the person's name (email beside it), a deleted account, or the system; through an API key, the key for them. */
export function actorText(
  row: Pick<AuditEventRow, "actorUserId" | "actorName" | "actorEmail"> & { actorApiKeyName?: string | null },
  t: Translate,
): string {
  const person = row.actorEmail ? row.actorName || row.actorEmail : row.actorUserId ? t("audit.deletedAccount") : t("audit.system");
  return row.actorApiKeyName ? t("audit.viaApiKey", { key: row.actorApiKeyName, person }) : person;
}

export function auditLogRows(rows: AuditEventRow[], t: Translate, locale: Locale): AuditLogRowView[] {
  return rows.map((row) => ({
    id: row.id,
    when: formatDate(locale, new Date(row.createdAt), { dateStyle: "medium", timeStyle: "medium" }),
    at: new Date(row.createdAt).toISOString(),
    who: actorText(row, t),
    whoEmail: row.actorEmail,
    what: actionLabel(row.action, t),
    target: targetTypeLabel(row.targetType, t),
    targetId: row.targetId,
    ip: row.ip ?? t("audit.ipUnknown"),
    userAgent: row.userAgent,
    changes: describeChanges(row.action, row.metadata, t).map((change) => changeText(change, t)),
  }));
}
