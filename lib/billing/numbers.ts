// Order, invoice and quote numbers per organization and year ("2026-0042",
// "INV-2026-0042", "Q-2026-0042"). One upsert takes the next value and keeps the counter
// row locked until the caller's transaction ends, so two placements at once get two
// numbers and a rolled-back one gives its number back.
import type { Tx } from "@/lib/db/prisma";
import type { NumberSequence } from "@/lib/db/generated/enums";

const PREFIX: Record<NumberSequence, string> = { ORDER: "", INVOICE: "INV-", QUOTE: "Q-" };

export function formatNumber(sequence: NumberSequence, year: number, value: number): string {
  return `${PREFIX[sequence]}${year}-${String(value).padStart(4, "0")}`;
}

export async function nextNumber(tx: Tx, organizationId: string, sequence: NumberSequence, at: Date = new Date()): Promise<string> {
  const year = at.getUTCFullYear();
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "NumberCounter" ("organizationId", sequence, year, last) VALUES (${organizationId}, ${sequence}::"NumberSequence", ${year}, 1)
    ON CONFLICT ("organizationId", sequence, year) DO UPDATE SET last = "NumberCounter".last + 1
    RETURNING last`;
  return formatNumber(sequence, year, last);
}
