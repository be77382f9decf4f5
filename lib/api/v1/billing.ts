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
import { listFields, pageOf } from "./list-query";

export const orderListApiQuery = z.object({ channel: z.enum(ORDER_CHANNELS).optional(), ...listFields });
export const invoiceListApiQuery = z.object({ status: z.enum(INVOICE_FILTERS).optional(), ...listFields });

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
  async run({ access, query }) {
    return listEnvelope(await loadOrdersPage(db, access, orderListQuerySchema.parse({ channel: query.channel, ...pageOf(query) })));
  },
});

export const getOrderEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  async run({ access, params }) {
    return loadOrderPage(db, access, recordId(params.orderId));
  },
});

export const listInvoicesEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  query: invoiceListApiQuery,
  async run({ access, query }) {
    return listEnvelope(await loadInvoicesPage(db, access, invoiceListQuerySchema.parse({ status: query.status, ...pageOf(query) })));
  },
});

export const getInvoiceEndpoint = apiRead({
  capability: BILLING_AREA,
  visibleWith: BILLING_AREA,
  async run({ access, params }) {
    return loadInvoicePage(db, access, recordId(params.invoiceId));
  },
});
