// Licenses, in total or of one order: one statement for the page (seats used and the
// first assignees aggregated in SQL), one capped count.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import type { SimpleListQuery } from "./schemas";
import { scopeSql, type Scope } from "./visibility";

/** Assignees shown per license; the rest are counted. */
export const ASSIGNEES_SHOWN = 5;

export type Assignee = { id: string; email: string };
export type LicenseRow = {
  id: string;
  product: string;
  licenseKey: string;
  seats: number;
  used: number;
  validUntil: Date | null;
  orderId: string;
  orderNumber: string;
  orderVisible: boolean;
  assignees: Assignee[];
};

/** The SELECT of license rows; `orderScope` decides whether each row may link to its order. */
export function licenseRowsSql(where: Prisma.Sql, orderScope: Scope, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT l.id, l.product, l."licenseKey", l.seats, l."validUntil", o.id AS "orderId", o.number AS "orderNumber",
      (${scopeSql(orderScope, "o")}) AS "orderVisible",
      (SELECT count(*)::int FROM "LicenseAssignment" a WHERE a."organizationId" = l."organizationId" AND a."licenseId" = l.id) AS used,
      COALESCE((SELECT json_agg(json_build_object('id', a.id, 'email', a.email) ORDER BY a."assignedAt", a.id)
        FROM (SELECT * FROM "LicenseAssignment" a WHERE a."organizationId" = l."organizationId" AND a."licenseId" = l.id ORDER BY a."assignedAt", a.id LIMIT ${ASSIGNEES_SHOWN}) a), '[]') AS assignees
    FROM "License" l JOIN "Order" o ON o."organizationId" = l."organizationId" AND o.id = l."orderId"
    WHERE ${where}
    ORDER BY l."createdAt" DESC, l.id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

export async function listLicenses(db: Db | Tx, scope: Scope, orderScope: Scope, query: SimpleListQuery): Promise<ListPage<LicenseRow>> {
  const where = scopeSql(scope, "l", "o");
  const [rows, total] = await Promise.all([
    db.$queryRaw<LicenseRow[]>(licenseRowsSql(where, orderScope, query.size + 1, (query.page - 1) * query.size)),
    cappedCount(
      db,
      Prisma.sql`"License" l JOIN "Order" o ON o."organizationId" = l."organizationId" AND o.id = l."orderId" WHERE ${where}`,
    ),
  ]);
  return offsetPage(rows, { page: query.page, size: query.size, total, oneMore: true });
}
