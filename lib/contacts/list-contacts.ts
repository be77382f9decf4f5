// The contacts list: one query for the page (roles and order roles aggregated in
// SQL) and one for the total, whatever the page size.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ContactRoleType, ContactStatus, Locale } from "@/lib/db/generated/enums";
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
  roles: ContactRoleType[];
  orderRoles: OrderRole[];
  orderRoleCount: number;
};

export type ContactPage = { rows: ContactRow[]; total: number; page: number; size: number; pages: number };

/** A row as the contacts table shows it (components/contacts/contacts-table.tsx). */
export type ContactListItem = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  language: Locale;
  status: ContactStatus;
  roles: ContactRoleType[];
  /** The order roles shown (at most ORDER_ROLES_SHOWN orders), then how many more orders. */
  orders: { number: string; licensee: boolean; billing: boolean }[];
  moreOrders: number;
};

export function contactListItem(row: ContactRow): ContactListItem {
  return {
    id: row.id, name: row.name, email: row.email, phone: row.phone, language: row.language, status: row.status, roles: row.roles,
    orders: row.orderRoles.map(({ number, licensee, billing }) => ({ number, licensee, billing })),
    moreOrders: row.orderRoleCount - row.orderRoles.length,
  };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filters(organizationId: string, query: Pick<ContactListQuery, "q" | "status" | "role">): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c."organizationId" = ${organizationId}`];
  const term = foldForSearch(query.q);
  if (term) parts.push(Prisma.sql`c."searchText" LIKE ${`%${escapeLike(term)}%`}`);
  if (query.status) parts.push(Prisma.sql`c.status = ${query.status}::"ContactStatus"`);
  // Every subquery repeats the tenant, on top of the composite foreign keys.
  const order = Prisma.sql`o."organizationId" = c."organizationId"`;
  const role = Prisma.sql`r."organizationId" = c."organizationId" AND r."contactId" = c.id`;
  if (query.role === "LICENSEE") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND o."licenseeContactId" = c.id)`);
  else if (query.role === "BILLING") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND o."billingContactId" = c.id)`);
  else if (query.role === "NONE") {
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ContactRole" r WHERE ${role})`);
    parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Order" o WHERE ${order} AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id))`);
  } else if (query.role) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ContactRole" r WHERE ${role} AND r.role = ${query.role}::"ContactRoleType")`);
  return Prisma.join(parts, " AND ");
}

type RawRow = Omit<ContactRow, "orderRoleCount"> & { orderRoleCount: bigint | number; searchText: string };

function selectRows(where: Prisma.Sql, limit: number | null, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.name, c.email, c.phone, c.language, c.status, c."searchText",
      COALESCE((SELECT array_agg(r.role::text ORDER BY r.role) FROM "ContactRole" r WHERE r."organizationId" = c."organizationId" AND r."contactId" = c.id), '{}') AS roles,
      COALESCE((SELECT json_agg(json_build_object('orderId', o.id, 'number', o.number, 'licensee', o."licenseeContactId" = c.id, 'billing', o."billingContactId" = c.id) ORDER BY o."placedAt" DESC)
                FROM (SELECT * FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)
                      ORDER BY o."placedAt" DESC LIMIT ${ORDER_ROLES_SHOWN}) o), '[]') AS "orderRoles",
      (SELECT count(*) FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)) AS "orderRoleCount"
    FROM "Contact" c
    WHERE ${where}
    ORDER BY c."searchText"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`} OFFSET ${offset}`;
}

const toRow = ({ searchText: _searchText, ...row }: RawRow): ContactRow => ({ ...row, orderRoleCount: Number(row.orderRoleCount) });

export async function listContacts(db: Db | Tx, organizationId: string, query: ContactListQuery): Promise<ContactPage> {
  const where = filters(organizationId, query);
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<RawRow[]>(selectRows(where, query.size, (query.page - 1) * query.size)),
    db.$queryRaw<{ count: bigint }[]>(Prisma.sql`SELECT count(*) AS count FROM "Contact" c WHERE ${where}`),
  ]);
  const total = Number(count);
  return { rows: rows.map(toRow), total, page: query.page, size: query.size, pages: Math.max(1, Math.ceil(total / query.size)) };
}

/**
 * Every contact matching the filters, in batches, for the CSV export. Pages by key
 * (the list's own order), so rows written meanwhile are neither repeated nor skipped.
 */
export async function* iterateContacts(db: Db, organizationId: string, query: Pick<ContactListQuery, "q" | "status" | "role">, batch = 2000): AsyncGenerator<ContactRow[]> {
  const base = filters(organizationId, query);
  let after: string | null = null;
  for (;;) {
    const where: Prisma.Sql = after === null ? base : Prisma.sql`${base} AND c."searchText" > ${after}`;
    const rows: RawRow[] = await db.$queryRaw<RawRow[]>(selectRows(where, batch, 0));
    if (rows.length) yield rows.map(toRow);
    if (rows.length < batch) return;
    after = rows[rows.length - 1].searchText;
  }
}
