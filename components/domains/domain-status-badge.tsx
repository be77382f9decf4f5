import type { DomainStatus } from "@/lib/db/generated/enums";

const styles: Record<DomainStatus, string> = {
  PENDING: "bg-amber-50 text-amber-900 ring-amber-300",
  VERIFIED: "bg-green-50 text-green-900 ring-green-300",
  FAILED: "bg-red-50 text-red-900 ring-red-300",
};

/** The status as a word (never by color alone). */
export function DomainStatusBadge({ status, label }: { status: DomainStatus; label: string }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}>{label}</span>;
}
