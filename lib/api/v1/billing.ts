// REST API v1 orders and invoices: the Billing area's lists and records, for whoever may see
// them (billing roles; anyone else gets 404, as the area's pages answer).
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { loadInvoicePage, loadInvoicesPage, loadOrderPage, loadOrdersPage } from "@/lib/billing/page-data";
import { INVOICE_FILTERS, invoiceListQuerySchema, ORDER_CHANNELS, orderListQuerySchema } from "@/lib/billing/schemas";
import { idField } from "@/lib/validation/fields";
import { AccessError } from "@/lib/errors/app-error";
import { apiRead } from "../route";
import { listEnvelope } from "./cursor";
import {
  invoiceDetailSchema,
  invoiceListSchema,
  invoiceSchema,
  isoTimestamp,
  orderDetailSchema,
  orderListSchema,
  orderSchema,
} from "./responses";
import { listFields, pageOf } from "./list-query";

export const orderListApiQuery = z.object({ channel: z.enum(ORDER_CHANNELS).optional(), ...listFields });
export const invoiceListApiQuery = z.object({ status: z.enum(INVOICE_FILTERS).optional(), ...listFields });

type OrderRow = Awaited<ReturnType<typeof loadOrdersPage>>["rows"][number];
type InvoiceRow = Awaited<ReturnType<typeof loadInvoicesPage>>["rows"][number];
type OrderDetail = Awaited<ReturnType<typeof loadOrderPage>>;
type InvoiceDetail = Awaited<ReturnType<typeof loadInvoicePage>>;

function orderOf(row: OrderRow): z.infer<typeof orderSchema> {
  const { id, number, placedAt, channel, status, currency, totalCents, licensee, billing } = row;
  return { id, number, placedAt: isoTimestamp(placedAt), channel, status, currency, totalCents, licensee, billing };
}

type InvoiceField = "id" | "number" | "amountCents" | "currency" | "issuedAt" | "dueAt" | "status" | "paidAt" | "overdue" | "payable";
type InvoiceFields = Pick<InvoiceRow, InvoiceField> | Pick<InvoiceDetail, InvoiceField>;

/** What an invoice's list row and its record both answer. */
function invoiceFieldsOf(invoice: InvoiceFields): Omit<z.infer<typeof invoiceSchema>, "orderId" | "orderNumber"> {
  const { id, number, amountCents, currency, issuedAt, dueAt, status, paidAt, overdue, payable } = invoice;
  return {
    id,
    number,
    amountCents,
    currency,
    issuedAt: isoTimestamp(issuedAt),
    dueAt: isoTimestamp(dueAt),
    status,
    paidAt: paidAt && isoTimestamp(paidAt),
    overdue,
    payable,
  };
}

function invoiceOf(row: InvoiceRow): z.infer<typeof invoiceSchema> {
  return { ...invoiceFieldsOf(row), orderId: row.orderId, orderNumber: row.orderNumber };
}

function orderDetailOf(order: OrderDetail): z.infer<typeof orderDetailSchema> {
  const { id, number, placedAt, channel, status, currency, totalCents, placedBy, licensee, billing, lines, licenses, invoice } = order;
  return {
    id,
    number,
    placedAt: isoTimestamp(placedAt),
    channel,
    status,
    currency,
    totalCents,
    placedBy,
    licensee,
    billing,
    lines,
    licenses:
      licenses &&
      licenses.map(({ validUntil, used, ...license }) => ({
        ...license,
        used: Number(used),
        validUntil: validUntil && isoTimestamp(validUntil),
      })),
    invoice: invoice && { ...invoice, dueAt: isoTimestamp(invoice.dueAt) },
  };
}

function invoiceDetailOf(invoice: InvoiceDetail): z.infer<typeof invoiceDetailSchema> {
  return {
    ...invoiceFieldsOf(invoice),
    order: { ...invoice.order, placedAt: isoTimestamp(invoice.order.placedAt) },
    billingContact: invoice.billingContact,
    organization: invoice.organization,
    lines: invoice.lines,
  };
}

/** A record id from the path: anything malformed names no record. */
function recordId(value: string | undefined): string {
  const parsed = idField.safeParse(value);
  if (!parsed.success) throw new AccessError("NOT_FOUND");
  return parsed.data;
}

export const listOrdersEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  query: orderListApiQuery,
  response: orderListSchema,
  async run({ access, query }) {
    const page = await loadOrdersPage(db, access, orderListQuerySchema.parse({ channel: query.channel, ...pageOf(query) }));
    return listEnvelope(page, { present: orderOf });
  },
});

export const getOrderEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  response: orderDetailSchema,
  async run({ access, params }) {
    return orderDetailOf(await loadOrderPage(db, access, recordId(params.orderId)));
  },
});

export const listInvoicesEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  query: invoiceListApiQuery,
  response: invoiceListSchema,
  async run({ access, query }) {
    const page = await loadInvoicesPage(db, access, invoiceListQuerySchema.parse({ status: query.status, ...pageOf(query) }));
    return listEnvelope(page, { present: invoiceOf });
  },
});

export const getInvoiceEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  response: invoiceDetailSchema,
  async run({ access, params }) {
    return invoiceDetailOf(await loadInvoicePage(db, access, recordId(params.invoiceId)));
  },
});
