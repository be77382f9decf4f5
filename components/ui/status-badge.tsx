// A status as a word on a colored badge (never by color alone). One tone per meaning:
// ok (active, sent, verified, paid), warn (invited, pending, due soon), danger (failed,
// overdue), info (in progress), neutral (disabled, cancelled, void).
export type StatusTone = "ok" | "warn" | "danger" | "info" | "neutral";

export function StatusBadge({ tone, label }: { tone: StatusTone; label: string }) {
  return <span className={`badge ${tone}`}>{label}</span>;
}
