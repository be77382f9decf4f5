// One order as its page shows it, in one statement: contacts, lines, and, when the person
// may see them, its licenses and its invoice (an order's LICENSEE sees the licenses, not
// the invoice; its BILLING contact the invoice, not the licenses).
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import type { OrderChannel, OrderStatus, InvoiceStatus } from "@/lib/db/generated/enums";
import { OVERDUE_SQL } from "./list-invoices";
import { ASSIGNEES_SHOWN, type Assignee } from "./list-licenses";
import { scopeSql, viewScope } from "./visibility";

export type OrderDetail = {
  id: string;
  number: string;
  placedAt: Date;
  channel: OrderChannel;
  status: OrderStatus;
  currency: string;
  totalCents: number;
  placedBy: string | null;
  licensee: { id: string; name: string; email: string };
  billing: { id: string; name: string; email: string };
  lines: { product: string; plan: string; quantity: number; unitPriceCents: number }[];
  /** null: the person may not see them. */
  licenses:
    | { id: string; product: string; licenseKey: string; seats: number; used: number; validUntil: string | null; assignees: Assignee[] }[]
    | null;
  invoice: { id: string; number: string; amountCents: number; status: InvoiceStatus; dueAt: string; overdue: boolean } | null;
};

export async function getOrder(db: Db | Tx, access: OrgAccess, orderId: string): Promise<OrderDetail | null> {
  const canLicenses = scopeSql(viewScope(access, "license"), "o");
  const canInvoice = scopeSql(viewScope(access, "invoice"), "o");
  const rows = await db.$queryRaw<
    (Omit<OrderDetail, "licensee" | "billing"> &
      Record<"licenseeId" | "licenseeName" | "licenseeEmail" | "billingId" | "billingName" | "billingEmail", string>)[]
  >(Prisma.sql`
    SELECT o.id, o.number, o."placedAt", o.channel::text AS channel, o.status::text AS status, o.currency, o."totalCents",
      COALESCE(u.name, u.email) AS "placedBy",
      lc.id AS "licenseeId", lc.name AS "licenseeName", lc.email AS "licenseeEmail", bc.id AS "billingId", bc.name AS "billingName", bc.email AS "billingEmail",
      COALESCE((SELECT json_agg(json_build_object('product', li.product, 'plan', li.plan, 'quantity', li.quantity, 'unitPriceCents', li."unitPriceCents") ORDER BY li.id)
        FROM "OrderLineItem" li WHERE li."organizationId" = o."organizationId" AND li."orderId" = o.id), '[]') AS lines,
      CASE WHEN ${canLicenses} THEN COALESCE((SELECT json_agg(json_build_object(
          'id', l.id, 'product', l.product, 'licenseKey', l."licenseKey", 'seats', l.seats, 'validUntil', l."validUntil",
          'used', (SELECT count(*) FROM "LicenseAssignment" a WHERE a."organizationId" = l."organizationId" AND a."licenseId" = l.id),
          'assignees', COALESCE((SELECT json_agg(json_build_object('id', a.id, 'email', a.email) ORDER BY a."assignedAt", a.id)
            FROM (SELECT * FROM "LicenseAssignment" a WHERE a."organizationId" = l."organizationId" AND a."licenseId" = l.id ORDER BY a."assignedAt", a.id LIMIT ${ASSIGNEES_SHOWN}) a), '[]')
        ) ORDER BY l."createdAt", l.id) FROM "License" l WHERE l."organizationId" = o."organizationId" AND l."orderId" = o.id), '[]') END AS licenses,
      CASE WHEN ${canInvoice} THEN (SELECT json_build_object('id', i.id, 'number', i.number, 'amountCents', i."amountCents", 'status', i.status, 'dueAt', i."dueAt", 'overdue', ${OVERDUE_SQL})
        FROM "Invoice" i WHERE i."organizationId" = o."organizationId" AND i."orderId" = o.id ORDER BY i."issuedAt" DESC LIMIT 1) END AS invoice
    FROM "Order" o
    JOIN "Contact" lc ON lc."organizationId" = o."organizationId" AND lc.id = o."licenseeContactId"
    JOIN "Contact" bc ON bc."organizationId" = o."organizationId" AND bc.id = o."billingContactId"
    LEFT JOIN "User" u ON u.id = o."placedByUserId"
    WHERE o.id = ${orderId} AND ${scopeSql(viewScope(access, "order"), "o")}`);
  const row = rows[0];
  if (!row) return null;
  const { licenseeId, licenseeName, licenseeEmail, billingId, billingName, billingEmail, ...order } = row;
  return {
    ...order,
    licensee: { id: licenseeId, name: licenseeName, email: licenseeEmail },
    billing: { id: billingId, name: billingName, email: billingEmail },
  };
}
