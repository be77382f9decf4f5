// The audit log as a table of rows already in the viewer's words (the server page builds
// them): when, who, what, which record, from where, and the changes as "field: before → after".
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";

import type { AuditLogRowView } from "@/lib/audit/audit-log-rows";

export type AuditLogRow = AuditLogRowView;
export type AuditLogLabels = {
  caption: string;
  empty: string;
  columns: { when: string; who: string; what: string; target: string; from: string; changes: string };
  noChange: string;
};

export function AuditLogTable({ rows, labels }: { rows: AuditLogRow[]; labels: AuditLogLabels }) {
  const columns: Column<AuditLogRow>[] = [
    { key: "when", header: labels.columns.when, rowHeader: true, cell: (row) => <time dateTime={row.at}>{row.when}</time> },
    {
      key: "who",
      header: labels.columns.who,
      cell: (row) => (
        <>
          <Truncate text={row.who} />
          {row.whoEmail && row.whoEmail !== row.who ? <p className="text-xs text-muted">{row.whoEmail}</p> : null}
        </>
      ),
    },
    { key: "what", header: labels.columns.what, className: "wrap", cell: (row) => row.what },
    {
      key: "target",
      header: labels.columns.target,
      cell: (row) => (
        <>
          {row.target}
          {row.targetId ? <p className="text-xs text-muted">{row.targetId}</p> : null}
        </>
      ),
    },
    {
      key: "from",
      header: labels.columns.from,
      className: "wrap",
      cell: (row) => (
        <>
          {row.ip}
          {row.userAgent ? <p className="text-xs text-muted">{row.userAgent}</p> : null}
        </>
      ),
    },
    {
      key: "changes",
      header: labels.columns.changes,
      className: "wrap",
      cell: (row) =>
        row.changes.length ? (
          <ul className="text-sm">
            {row.changes.map((change, index) => (
              <li key={index}>{change}</li>
            ))}
          </ul>
        ) : (
          labels.noChange
        ),
    },
  ];
  return <DataTable caption={labels.caption} columns={columns} rows={rows} rowKey={(row) => row.id} empty={labels.empty} />;
}
