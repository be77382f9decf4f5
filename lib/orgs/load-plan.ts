// What Settings → Plan shows (org and billing admins, SPEC §2 "manage the subscription"):
// the current plan, seats used / seats included, and the plans it may change to, in one
// statement.
//
// Seats, as SPEC §1 defines the organization's people: a seat is taken by each of its users,
// i.e. each membership, ACTIVE or PENDING (an invited user holds a seat from the invitation
// on, as in the products SPEC describes); contacts are not users and take none. Seats
// included are those the organization bought for the subscription's product: the seats of
// its licenses of that product (any of its plans; a license is named "<product> <plan>", or
// by its product alone)
// still valid today. Orders yield licenses (SPEC §1), so placing an order adds seats.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { checkAccess, type OrgAccess } from "@/lib/auth/access";
import type { Currency } from "@/lib/billing/catalog";

export type PlanOption = { id: string; name: string; prices: Partial<Record<Currency, number>> };

export type PlanPage = {
  product: string;
  plan: PlanOption;
  seatsUsed: number;
  seatsIncluded: number;
  /** Every active plan of the subscription's product, the current one included, in catalogue order. */
  plans: PlanOption[];
};

type Row = {
  product: string;
  planId: string;
  planName: string;
  prices: Record<string, number> | null;
  seatsUsed: number;
  seatsIncluded: number;
  plans: PlanOption[] | null;
};

export async function loadPlanPage(db: Db | Tx, access: OrgAccess): Promise<PlanPage> {
  checkAccess(access, "subscription.manage");
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT p.name AS product, pl.id AS "planId", pl.name AS "planName",
      (SELECT json_object_agg(pp.currency, pp."unitPriceCents") FROM "PlanPrice" pp WHERE pp."planId" = pl.id) AS prices,
      (SELECT count(*)::int FROM "Membership" m WHERE m."organizationId" = o.id) AS "seatsUsed",
      (SELECT COALESCE(sum(l.seats), 0)::int FROM "License" l
        WHERE l."organizationId" = o.id AND (l."validUntil" IS NULL OR l."validUntil" > (now() AT TIME ZONE 'UTC'))
          AND (l.product = p.name OR l.product IN (SELECT p.name || ' ' || x.name FROM "ProductPlan" x WHERE x."productId" = p.id))) AS "seatsIncluded",
      (SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'prices',
          COALESCE((SELECT json_object_agg(pp.currency, pp."unitPriceCents") FROM "PlanPrice" pp WHERE pp."planId" = x.id), '{}'::json))
          ORDER BY x."sortOrder", x.id)
        FROM "ProductPlan" x WHERE x."productId" = p.id AND (x.active AND p.active OR x.id = pl.id)) AS plans
    FROM "Organization" o JOIN "ProductPlan" pl ON pl.id = o."planId" JOIN "Product" p ON p.id = pl."productId"
    WHERE o.id = ${access.organization.id}`);
  const row = rows[0];
  if (!row) throw new Error(`organization ${access.organization.id} has no plan`);
  return {
    product: row.product,
    plan: { id: row.planId, name: row.planName, prices: row.prices ?? {} },
    seatsUsed: row.seatsUsed,
    seatsIncluded: row.seatsIncluded,
    plans: row.plans ?? [],
  };
}
