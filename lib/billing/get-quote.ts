// One quote as its page shows it, in one statement.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import type { QuoteStatus } from "@/lib/db/generated/enums";
import { scopeSql, viewScope } from "./visibility";

export type QuoteDetail = {
  id: string;
  number: string;
  createdAt: Date;
  amountCents: number;
  currency: string;
  validUntil: Date;
  status: QuoteStatus;
  note: string | null;
  requester: string | null;
  items: { product: string; plan: string; quantity: number; unitPriceCents: number }[];
};

export async function getQuote(db: Db | Tx, access: OrgAccess, quoteId: string): Promise<QuoteDetail | null> {
  const rows = await db.$queryRaw<QuoteDetail[]>(Prisma.sql`
    SELECT q.id, q.number, q."createdAt", q."amountCents", q.currency, q."validUntil", q.status::text AS status, q.note, q.items,
      COALESCE(c.name, u.name, u.email) AS requester
    FROM "Quote" q
    LEFT JOIN "Contact" c ON c."organizationId" = q."organizationId" AND c.id = q."requesterContactId"
    LEFT JOIN "User" u ON u.id = q."requestedByUserId"
    WHERE q.id = ${quoteId} AND ${scopeSql(viewScope(access, "quote"), "q")}`);
  return rows[0] ?? null;
}
