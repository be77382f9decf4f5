// What each Billing page and the invoice PDF route load for a person, given the access the
// guard already loaded: the page's rows (from the visibility scopes) or NOT_FOUND when the
// person may not open it (SPEC §2: everything else is 404). Pages and the route call these;
// tests call them directly for every role.
import type { Db, Tx } from "@/lib/db/prisma";
import { canAny, type OrgAccess } from "@/lib/auth/access";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { AccessError } from "@/lib/errors/app-error";
import { getInvoice } from "./get-invoice";
import { getOrder } from "./get-order";
import { getQuote } from "./get-quote";
import { listInvoices } from "./list-invoices";
import { listLicenses } from "./list-licenses";
import { listOrders } from "./list-orders";
import { listQuotes } from "./list-quotes";
import type { InvoiceListQuery, OrderListQuery, SimpleListQuery } from "./schemas";
import { payScope, viewCapabilities, viewScope, type BillingEntity } from "./visibility";

/** Who may open the Billing overview (billing details and the area's sections). */
export const BILLING_OVERVIEW = [...BILLING_AREA, "billingDetails.edit"] as const;

function requireSection(access: OrgAccess, entity: BillingEntity): void {
  if (!canAny(access, viewCapabilities(entity))) throw new AccessError("NOT_FOUND");
}

function found<T>(value: T | null): T {
  if (value === null) throw new AccessError("NOT_FOUND");
  return value;
}

/** The sections of the Billing area the person may open, in navigation order. */
export function billingSections(access: OrgAccess): BillingEntity[] {
  return (["order", "invoice", "quote", "license"] as const).filter((entity) => canAny(access, viewCapabilities(entity)));
}

export function requireBillingOverview(access: OrgAccess): void {
  if (!canAny(access, BILLING_OVERVIEW)) throw new AccessError("NOT_FOUND");
}

export async function loadOrdersPage(db: Db | Tx, access: OrgAccess, query: OrderListQuery) {
  requireSection(access, "order");
  return listOrders(db, viewScope(access, "order"), query);
}

export async function loadOrderPage(db: Db | Tx, access: OrgAccess, orderId: string) {
  requireSection(access, "order");
  return found(await getOrder(db, access, orderId));
}

export async function loadInvoicesPage(db: Db | Tx, access: OrgAccess, query: InvoiceListQuery) {
  requireSection(access, "invoice");
  return listInvoices(db, viewScope(access, "invoice"), query, access.canWrite() ? payScope(access) : undefined);
}

export async function loadInvoicePage(db: Db | Tx, access: OrgAccess, invoiceId: string) {
  requireSection(access, "invoice");
  return found(await getInvoice(db, access, invoiceId));
}

export async function loadQuotesPage(db: Db | Tx, access: OrgAccess, query: SimpleListQuery) {
  requireSection(access, "quote");
  return listQuotes(db, viewScope(access, "quote"), query);
}

export async function loadQuotePage(db: Db | Tx, access: OrgAccess, quoteId: string) {
  requireSection(access, "quote");
  return found(await getQuote(db, access, quoteId));
}

export async function loadLicensesPage(db: Db | Tx, access: OrgAccess, query: SimpleListQuery) {
  requireSection(access, "license");
  return listLicenses(db, viewScope(access, "license"), viewScope(access, "order"), query);
}
