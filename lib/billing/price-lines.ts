// Prices order and quote lines from the catalog, in the order's currency. An unknown or
// withdrawn product, or one not sold in that currency, is refused next to the lines.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Currency, PricedLine } from "./catalog";

type Row = { id: string; product: string; plan: string; unitPriceCents: number | null };

export async function priceLines(
  db: Db | Tx,
  lines: readonly { planId: string; quantity: number }[],
  currency: Currency,
): Promise<{ lines: PricedLine[]; totalCents: number }> {
  const ids = [...new Set(lines.map((line) => line.planId))];
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT pl.id, p.name AS product, pl.name AS plan, pp."unitPriceCents"
    FROM "ProductPlan" pl JOIN "Product" p ON p.id = pl."productId"
    LEFT JOIN "PlanPrice" pp ON pp."planId" = pl.id AND pp.currency = ${currency}
    WHERE pl.id IN (${Prisma.join(ids)}) AND pl.active AND p.active`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const priced = lines.map((line) => {
    const row = byId.get(line.planId);
    if (!row) throw new AppError("INVALID", "billing.errors.unknownProduct", { field: "lines" });
    if (row.unitPriceCents === null) {
      throw new AppError("INVALID", "billing.errors.currencyMismatch", {
        field: "currency",
        params: { product: `${row.product} ${row.plan}`, currency },
      });
    }
    return { planId: row.id, product: row.product, plan: row.plan, quantity: line.quantity, unitPriceCents: row.unitPriceCents };
  });
  const totalCents = priced.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  if (!Number.isSafeInteger(totalCents) || totalCents > 2_000_000_000)
    throw new AppError("INVALID", "billing.errors.tooLarge", { field: "lines" });
  return { lines: priced, totalCents };
}
