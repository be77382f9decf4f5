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

/** Who acted, in words: the person's name (email beside it), a deleted account, or the system. */
export function actorText(row: Pick<AuditEventRow, "actorUserId" | "actorName" | "actorEmail">, t: Translate): string {
  if (row.actorEmail) return row.actorName || row.actorEmail;
  return row.actorUserId ? t("audit.deletedAccount") : t("audit.system");
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
