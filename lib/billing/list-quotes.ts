// The quotes list: one statement for the page, one capped count.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { cappedCount } from "@/lib/pagination/capped-count";
import { offsetPage } from "@/lib/pagination/offset-nav";
import type { ListPage } from "@/lib/pagination/page-nav";
import type { SimpleListQuery } from "./schemas";
import { scopeSql, type Scope } from "./visibility";

export type QuoteRow = {
  id: string;
  number: string;
  createdAt: Date;
  amountCents: number;
  currency: string;
  validUntil: Date;
  status: QuoteStatus;
  requester: string | null;
};

export async function listQuotes(db: Db | Tx, scope: Scope, query: SimpleListQuery): Promise<ListPage<QuoteRow>> {
  const where = scope.kind === "all" ? scopeSql(scope, "q") : Prisma.sql`false`;
  const [rows, total] = await Promise.all([
    db.$queryRaw<QuoteRow[]>(Prisma.sql`
      SELECT q.id, q.number, q."createdAt", q."amountCents", q.currency, q."validUntil", q.status::text AS status,
        COALESCE(c.name, u.name, u.email) AS requester
      FROM "Quote" q
      LEFT JOIN "Contact" c ON c."organizationId" = q."organizationId" AND c.id = q."requesterContactId"
      LEFT JOIN "User" u ON u.id = q."requestedByUserId"
      WHERE ${where}
      ORDER BY q."createdAt" DESC, q.id DESC
      LIMIT ${query.size + 1} OFFSET ${(query.page - 1) * query.size}`),
    cappedCount(db, Prisma.sql`"Quote" q WHERE ${where}`),
  ]);
  return offsetPage(rows, { page: query.page, size: query.size, total, oneMore: true });
}
