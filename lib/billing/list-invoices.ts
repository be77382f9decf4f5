// The invoices list: one statement for the page (with its order's number), one capped count.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import type { InvoiceListQuery } from "./schemas";
import { scopeSql, type Scope } from "./visibility";

export type InvoiceRow = {
  id: string;
  number: string;
  amountCents: number;
  currency: string;
  issuedAt: Date;
  dueAt: Date;
  status: InvoiceStatus;
  paidAt: Date | null;
  overdue: boolean;
  orderId: string;
  orderNumber: string;
  /** Whether the viewer may mark it as paid (false when no pay scope was given). */
  payable: boolean;
};

/** SPEC §1: overdue = OPEN past its due date (the database's clock, UTC like Prisma's timestamps). */
export const OVERDUE_SQL = Prisma.sql`(i.status = 'OPEN' AND i."dueAt" < (now() AT TIME ZONE 'UTC'))`;

/** `pay`: the invoices the viewer may mark as paid, decided in the same statement (the list's row action). */
export async function listInvoices(db: Db | Tx, scope: Scope, query: InvoiceListQuery, pay?: Scope): Promise<ListPage<InvoiceRow>> {
  const parts = [scopeSql(scope, "i", "o")];
  if (query.status === "OVERDUE") parts.push(OVERDUE_SQL);
  else if (query.status) parts.push(Prisma.sql`i.status = ${query.status}::"InvoiceStatus"`);
  const where = Prisma.join(parts, " AND ");
  const from = Prisma.sql`"Invoice" i JOIN "Order" o ON o."organizationId" = i."organizationId" AND o.id = i."orderId" WHERE ${where}`;
  const [rows, total] = await Promise.all([
    db.$queryRaw<InvoiceRow[]>(Prisma.sql`
      SELECT i.id, i.number, i."amountCents", i.currency, i."issuedAt", i."dueAt", i.status::text AS status, i."paidAt",
        ${OVERDUE_SQL} AS overdue, o.id AS "orderId", o.number AS "orderNumber",
        ${pay ? Prisma.sql`(i.status = 'OPEN' AND ${scopeSql(pay, "i", "o")})` : Prisma.sql`false`} AS payable
      FROM ${from}
      ORDER BY i."issuedAt" DESC, i.id DESC
      LIMIT ${query.size + 1} OFFSET ${(query.page - 1) * query.size}`),
    cappedCount(db, from),
  ]);
  return offsetPage(rows, { page: query.page, size: query.size, total, oneMore: true });
}
