// The contacts list: ONE statement per page, whatever its size and position: the total
// (counted up to a cap, or estimated: lib/pagination/total.ts), the page's ids found by key
// in the (organizationId, searchText, id) index (lib/pagination/sql.ts), then the rows with
// their roles and order roles aggregated in SQL.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ContactRoleType, ContactStatus, Locale } from "@/lib/db/generated/enums";
import { likePattern } from "@/lib/db/like-pattern";
import { settlePage, type ListPage } from "@/lib/pagination/page-nav";
import { pageMode } from "@/lib/pagination/page-request";
import { modeUsed, pageCtes, totalOf } from "@/lib/pagination/sql";
import { foldForSearch } from "./search-text";
import type { ContactListQuery } from "./schemas";

/** Order roles shown per contact in the Type column; the rest is counted. */
export const ORDER_ROLES_SHOWN = 5;

export type OrderRole = { orderId: string; number: string; licensee: boolean; billing: boolean };

export type ContactRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  language: Locale;
  status: ContactStatus;
  /** The contact's account, once they accepted an invitation (their access page). */
  userId: string | null;
  roles: ContactRoleType[];
  orderRoles: OrderRole[];
  orderRoleCount: number;
};

export type ContactPage = ListPage<ContactRow>;

type ListFilters = Pick<ContactListQuery, "q" | "status" | "role">;

/** A row as the contacts table shows it (components/contacts/contacts-table.tsx). */
export type ContactListItem = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  language: Locale;
  status: ContactStatus;
  userId: string | null;
  roles: ContactRoleType[];
  /** The order roles shown (at most ORDER_ROLES_SHOWN orders), then how many more orders. */
  orders: { number: string; licensee: boolean; billing: boolean }[];
  moreOrders: number;
};

export function contactListItem(row: ContactRow): ContactListItem {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    status: row.status,
    userId: row.userId,
    roles: row.roles,
    orders: row.orderRoles.map(({ number, licensee, billing }) => ({ number, licensee, billing })),
    moreOrders: row.orderRoleCount - row.orderRoles.length,
  };
}

/** The list's filters on the contact rows `k`, tenant first. */
function filters(organizationId: string, query: ListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`k."organizationId" = ${organizationId}`];
  const term = foldForSearch(query.q);
  // Served by the (organizationId, searchText trigrams) GIN index when the term is rare,
  // else by the ordered index, which finds a page of a common term at once.
  if (term) parts.push(Prisma.sql`k."searchText" LIKE ${likePattern(term)}`);
  if (query.status) parts.push(Prisma.sql`k.status = ${query.status}::"ContactStatus"`);
  // Every subquery repeats the tenant, on top of the composite foreign keys.
  const order = Prisma.sql`o."organizationId" = k."organizationId"`;
  const role = Prisma.sql`r."organizationId" = k."organizationId" AND r."contactId" = k.id`;
  if (query.role === "LICENSEE") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND o."licenseeContactId" = k.id)`);
  else if (query.role === "BILLING")
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND o."billingContactId" = k.id)`);
  else if (query.role === "NONE") {
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ContactRole" r WHERE ${role})`);
    parts.push(
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND (o."licenseeContactId" = k.id OR o."billingContactId" = k.id))`,
    );
  } else if (query.role)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ContactRole" r WHERE ${role} AND r.role = ${query.role}::"ContactRoleType")`);
  return Prisma.join(parts, " AND ");
}

const filterOf = (query: ListFilters) => (foldForSearch(query.q) ? "search" : query.status || query.role ? "other" : "none");

/** The columns of a row of contact `c` (roles and the first order roles aggregated). */
export const ROW_COLUMNS = Prisma.sql`c.id, c.name, c.email, c.phone, c.language, c.status, c."userId", c."searchText",
  COALESCE((SELECT array_agg(r.role::text ORDER BY r.role) FROM "ContactRole" r WHERE r."organizationId" = c."organizationId" AND r."contactId" = c.id), '{}') AS roles,
  COALESCE((SELECT json_agg(json_build_object('orderId', o.id, 'number', o.number, 'licensee', o."licenseeContactId" = c.id, 'billing', o."billingContactId" = c.id) ORDER BY o."placedAt" DESC)
            FROM (SELECT * FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)
                  ORDER BY o."placedAt" DESC LIMIT ${ORDER_ROLES_SHOWN}) o), '[]') AS "orderRoles",
  (SELECT count(*) FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)) AS "orderRoleCount"`;

export type RawRow = Omit<ContactRow, "orderRoleCount"> & { orderRoleCount: bigint | number; searchText: string };
type RawPageRow = { total: number; estimated: boolean; by: "key" | "offset" | "end" | null } & { [K in keyof RawRow]: RawRow[K] | null };

export const toRow = ({ searchText: _searchText, ...row }: RawRow): ContactRow => ({ ...row, orderRoleCount: Number(row.orderRoleCount) });

/** The page's one statement: one row per contact of the page; with none, one row with the total alone. */
export function contactsPageSql(organizationId: string, query: ContactListQuery): Prisma.Sql {
  const list = {
    table: "Contact",
    sort: "searchText",
    organizationId,
    where: filters(organizationId, query),
    filter: filterOf(query),
  } as const;
  return Prisma.sql`
    WITH ${pageCtes(list, pageMode(query, query.size), query.size)}
    SELECT t.total, t.estimated, p.*
    FROM total t LEFT JOIN (SELECT k.by, ${ROW_COLUMNS} FROM keys k JOIN "Contact" c ON c."organizationId" = ${organizationId} AND c.id = k.id) p ON true
    ORDER BY p."searchText", p.id`;
}

export async function listContacts(db: Db | Tx, organizationId: string, query: ContactListQuery): Promise<ContactPage> {
  const mode = pageMode(query, query.size);
  const raw = await db.$queryRaw<RawPageRow[]>(contactsPageSql(organizationId, query));
  const fetched = raw.filter((row) => row.id !== null) as unknown as RawRow[];
  return settlePage(fetched.map(toRow), {
    request: query,
    mode: modeUsed(mode, raw[0]?.by ?? null),
    size: query.size,
    total: totalOf(raw[0], filterOf(query)),
  });
}

/**
 * Every contact matching the filters, in batches, for the CSV export. Pages by key
 * (the list's own order), so rows written meanwhile are neither repeated nor skipped.
 */
export async function* iterateContacts(db: Db, organizationId: string, query: ListFilters, batch = 2000): AsyncGenerator<ContactRow[]> {
  const base = filters(organizationId, query);
  let after: { searchText: string; id: string } | null = null;
  for (;;) {
    const where: Prisma.Sql = after === null ? base : Prisma.sql`${base} AND (k."searchText", k.id) > (${after.searchText}, ${after.id})`;
    const rows: RawRow[] = await db.$queryRaw<RawRow[]>(Prisma.sql`
      SELECT ${ROW_COLUMNS} FROM "Contact" c
      WHERE c.id IN (SELECT k.id FROM "Contact" k WHERE ${where} ORDER BY k."searchText", k.id LIMIT ${batch})
        AND c."organizationId" = ${organizationId}
      ORDER BY c."searchText", c.id`);
    if (rows.length) yield rows.map(toRow);
    if (rows.length < batch) return;
    const last = rows[rows.length - 1];
    after = { searchText: last.searchText, id: last.id };
  }
}
