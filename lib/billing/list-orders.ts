// The orders list: one statement for the page (contacts joined), one capped count.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { OrderChannel, OrderStatus } from "@/lib/db/generated/enums";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import type { OrderListQuery } from "./schemas";
import { scopeSql, type Scope } from "./visibility";

export type OrderRow = {
  id: string;
  number: string;
  placedAt: Date;
  channel: OrderChannel;
  status: OrderStatus;
  currency: string;
  totalCents: number;
  licensee: { name: string; email: string };
  billing: { name: string; email: string };
};

export async function listOrders(db: Db | Tx, scope: Scope, query: OrderListQuery): Promise<ListPage<OrderRow>> {
  const parts = [scopeSql(scope, "o")];
  if (query.channel) parts.push(Prisma.sql`o.channel = ${query.channel}::"OrderChannel"`);
  const where = Prisma.join(parts, " AND ");
  const offset = (query.page - 1) * query.size;
  const [rows, total] = await Promise.all([
    db.$queryRaw<
      (Omit<OrderRow, "licensee" | "billing"> & {
        licenseeName: string;
        licenseeEmail: string;
        billingName: string;
        billingEmail: string;
      })[]
    >(Prisma.sql`
      SELECT o.id, o.number, o."placedAt", o.channel::text AS channel, o.status::text AS status, o.currency, o."totalCents",
        lc.name AS "licenseeName", lc.email AS "licenseeEmail", bc.name AS "billingName", bc.email AS "billingEmail"
      FROM "Order" o
      JOIN "Contact" lc ON lc."organizationId" = o."organizationId" AND lc.id = o."licenseeContactId"
      JOIN "Contact" bc ON bc."organizationId" = o."organizationId" AND bc.id = o."billingContactId"
      WHERE ${where}
      ORDER BY o."placedAt" DESC, o.id DESC
      LIMIT ${query.size + 1} OFFSET ${offset}`),
    cappedCount(db, Prisma.sql`"Order" o WHERE ${where}`),
  ]);
  const page = offsetPage(rows, { page: query.page, size: query.size, total, oneMore: true });
  return {
    ...page,
    rows: page.rows.map(({ licenseeName, licenseeEmail, billingName, billingEmail, ...row }) => ({
      ...row,
      licensee: { name: licenseeName, email: licenseeEmail },
      billing: { name: billingName, email: billingEmail },
    })),
  };
}
