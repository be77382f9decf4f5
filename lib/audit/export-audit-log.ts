// The CSV export of the filtered audit log, in the viewer's language, streamed in keyset
// batches (memory stays bounded at a million events). The export itself is audited.
import { db } from "@/lib/db/prisma";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import { translator, type Locale, type Translate } from "@/lib/i18n";
import { audit } from "@/lib/audit/audit";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { auditFilterParams, auditFilterSchema } from "./audit-log-query";
import { actionLabel, changeText, describeChanges, targetTypeLabel } from "./describe-event";
import { iterateAuditEvents, type AuditEventRow } from "./list-audit-events";
import type { SearchParams } from "@/lib/validation/search-params";

const COLUMNS = [
  "when",
  "personEmail",
  "personName",
  "action",
  "actionCode",
  "targetType",
  "targetId",
  "ip",
  "userAgent",
  "changes",
  "metadata",
] as const;

export function auditCsvHeader(t: Translate): string {
  return csvLine(COLUMNS.map((column) => t(`audit.csv.${column}`)));
}

export function auditCsvLine(row: AuditEventRow, t: Translate): string {
  return csvLine([
    new Date(row.createdAt).toISOString(),
    row.actorEmail ?? (row.actorUserId ? t("audit.deletedAccount") : t("audit.system")),
    row.actorApiKeyName ? t("audit.viaApiKey", { key: row.actorApiKeyName, person: row.actorName ?? row.actorEmail ?? "" }) : row.actorName,
    actionLabel(row.action, t),
    row.action,
    targetTypeLabel(row.targetType, t),
    row.targetId,
    row.ip,
    row.userAgent,
    describeChanges(row.action, row.metadata, t)
      .map((change) => changeText(change, t))
      .join("; "),
    JSON.stringify(row.metadata ?? {}),
  ]);
}

export async function exportAuditLogCsv(access: OrgAccess, actor: Actor, rawQuery: SearchParams, locale: Locale, batchSize = 1000) {
  const filter = auditFilterSchema.parse(rawQuery);
  const t = translator(locale);
  const organizationId = access.organization.id;
  await db.$transaction((tx) =>
    audit(tx, actor, {
      organizationId,
      action: "audit_log.exported",
      targetType: "Organization",
      targetId: organizationId,
      metadata: { filters: Object.fromEntries(Object.entries(auditFilterParams(filter)).filter(([, value]) => value)) },
    }),
  );
  const encoder = new TextEncoder();
  const batches = iterateAuditEvents(organizationId, filter, batchSize);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + auditCsvHeader(t)));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((row) => auditCsvLine(row, t)).join("")));
      } catch (error) {
        // A failed batch aborts the download instead of ending a truncated file normally.
        console.error("[export] audit log export failed:", error);
        controller.error(error);
      }
    },
    cancel() {
      void batches.return(undefined);
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return { stream, fileName: `audit-log-${access.organization.slug}-${date}.csv` };
}
