// The vendor's product catalog (kept in the database, seeded by the billing migration):
// what can be ordered or quoted, and at which price in which currency.
import type { Db, Tx } from "@/lib/db/prisma";

export const CURRENCIES = ["EUR", "USD"] as const;
export type Currency = (typeof CURRENCIES)[number];

export type CatalogPlan = { id: string; product: string; plan: string; prices: Partial<Record<Currency, number>> };

/** Active plans of active products, in catalog order, with their prices: one statement. */
export async function loadCatalog(db: Db | Tx): Promise<CatalogPlan[]> {
  const rows = await db.$queryRaw<{ id: string; product: string; plan: string; prices: Record<string, number> | null }[]>`
    SELECT pl.id, p.name AS product, pl.name AS plan,
      (SELECT json_object_agg(pp.currency, pp."unitPriceCents") FROM "PlanPrice" pp WHERE pp."planId" = pl.id) AS prices
    FROM "ProductPlan" pl JOIN "Product" p ON p.id = pl."productId"
    WHERE p.active AND pl.active
    ORDER BY p."sortOrder", pl."sortOrder"`;
  return rows.map((row) => ({ id: row.id, product: row.product, plan: row.plan, prices: row.prices ?? {} }));
}

export type PricedLine = { planId: string; product: string; plan: string; quantity: number; unitPriceCents: number };
