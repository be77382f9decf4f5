// One invoice as its page and its PDF show it, in one statement: the order's lines, the
// organization's billing details, the billing contact, and whether the person may pay it.
import { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import type { InvoiceStatus } from "@/lib/db/generated/enums";
import { OVERDUE_SQL } from "./list-invoices";
import { payScope, scopeSql, viewScope } from "./visibility";

export type InvoiceDetail = {
  id: string;
  number: string;
  amountCents: number;
  currency: string;
  issuedAt: Date;
  dueAt: Date;
  status: InvoiceStatus;
  paidAt: Date | null;
  overdue: boolean;
  payable: boolean;
  order: { id: string; number: string; placedAt: Date };
  billingContact: { name: string; email: string };
  organization: {
    name: string;
    legalName: string | null;
    addressLine1: string | null;
    addressLine2: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
    vatId: string | null;
  };
  lines: { product: string; plan: string; quantity: number; unitPriceCents: number }[];
};

type Row = Omit<InvoiceDetail, "order" | "billingContact" | "organization"> & {
  orderId: string;
  orderNumber: string;
  placedAt: Date;
  contactName: string;
  contactEmail: string;
  organization: InvoiceDetail["organization"];
};

export async function getInvoice(db: Db | Tx, access: OrgAccess, invoiceId: string): Promise<InvoiceDetail | null> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT i.id, i.number, i."amountCents", i.currency, i."issuedAt", i."dueAt", i.status::text AS status, i."paidAt", ${OVERDUE_SQL} AS overdue,
      (${scopeSql(payScope(access), "i", "o")}) AS payable,
      o.id AS "orderId", o.number AS "orderNumber", o."placedAt", bc.name AS "contactName", bc.email AS "contactEmail",
      json_build_object('name', g.name, 'legalName', g."legalName", 'addressLine1', g."addressLine1", 'addressLine2', g."addressLine2",
        'postalCode', g."postalCode", 'city', g.city, 'country', g.country, 'vatId', g."vatId") AS organization,
      COALESCE((SELECT json_agg(json_build_object('product', li.product, 'plan', li.plan, 'quantity', li.quantity, 'unitPriceCents', li."unitPriceCents") ORDER BY li.id)
        FROM "OrderLineItem" li WHERE li."organizationId" = o."organizationId" AND li."orderId" = o.id), '[]') AS lines
    FROM "Invoice" i
    JOIN "Order" o ON o."organizationId" = i."organizationId" AND o.id = i."orderId"
    JOIN "Contact" bc ON bc."organizationId" = o."organizationId" AND bc.id = o."billingContactId"
    JOIN "Organization" g ON g.id = i."organizationId"
    WHERE i.id = ${invoiceId} AND ${scopeSql(viewScope(access, "invoice"), "i", "o")}`);
  const row = rows[0];
  if (!row) return null;
  const { orderId, orderNumber, placedAt, contactName, contactEmail, ...invoice } = row;
  return { ...invoice, order: { id: orderId, number: orderNumber, placedAt }, billingContact: { name: contactName, email: contactEmail } };
}
