/** A status as a badge with its text (never color alone). */
const TONES = {
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  slate: "bg-slate-200 text-slate-800",
  blue: "bg-blue-100 text-blue-900",
} as const;

export type BadgeTone = keyof typeof TONES;

export function StatusBadge({ label, tone }: { label: string; tone: BadgeTone }) {
  return <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>{label}</span>;
}

export const INVOICE_TONES = { OPEN: "blue", PAID: "green", VOID: "slate" } as const;
export const ORDER_TONES = { PLACED: "blue", FULFILLED: "green", CANCELLED: "slate" } as const;
export const QUOTE_TONES = { REQUESTED: "amber", SENT: "blue", ACCEPTED: "green", EXPIRED: "slate" } as const;
