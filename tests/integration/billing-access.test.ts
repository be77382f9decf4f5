// The direct-call matrix of the Billing area (SPEC §2, both tables): every billing action
// and every billing page's loader, called as each organization role, each contact role, an
// order's LICENSEE, an order's BILLING contact, another organization's admin and a
// signed-out caller. Refusals leave the database exactly as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, type Actor } from "@/lib/auth/access";
import { AppError } from "@/lib/errors/app-error";
import { placeOrder } from "@/lib/billing/place-order";
import { requestQuote } from "@/lib/billing/request-quote";
import { markInvoicePaid } from "@/lib/billing/mark-invoice-paid";
import { assignLicense } from "@/lib/billing/assign-license";
import { revokeLicense } from "@/lib/billing/revoke-license";
import { updateBillingDetails } from "@/lib/billing/update-billing-details";
import { suggestOrderContacts } from "@/lib/billing/suggest-order-contacts";
import { renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import {
  loadInvoicePage,
  loadInvoicesPage,
  loadLicensesPage,
  loadOrderPage,
  loadOrdersPage,
  loadQuotePage,
  loadQuotesPage,
  requireBillingOverview,
} from "@/lib/billing/page-data";
import { invoiceListQuerySchema, orderListQuerySchema, simpleListQuerySchema } from "@/lib/billing/schemas";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { billingDetailsForm, createBillingWorld, createTestOrder } from "../support/billing-factories";

type World = Awaited<ReturnType<typeof createBillingWorld>>;
let w: World;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
let quoteId: string;

const CALLERS = [
  "ORG_ADMIN",
  "BILLING_ADMIN",
  "USER_ADMIN",
  "MEMBER",
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
  "UNPAID_INVOICES",
  "NEW_QUOTES",
  "SECURITY_PRIVACY",
  "DATA_PROTECTION",
  "LICENSEE_OF_A",
  "BILLING_OF_B",
  "OTHER_ORG_ADMIN",
  "SIGNED_OUT",
] as const;
type Caller = (typeof CALLERS)[number];

function actorFor(caller: Caller): Actor | null {
  switch (caller) {
    case "ORG_ADMIN":
    case "BILLING_ADMIN":
    case "USER_ADMIN":
    case "MEMBER":
      return actorOf(w.users[caller]);
    case "LICENSEE_OF_A":
      return actorOf(w.licenseeOfA.user);
    case "BILLING_OF_B":
      return actorOf(w.billingOfB.user);
    case "OTHER_ORG_ADMIN":
      return actorOf(other.users.ORG_ADMIN);
    case "SIGNED_OUT":
      return null;
    default:
      return actorOf(w.byContactRole[caller].user);
  }
}

const Y = "ALLOWED",
  F = "FORBIDDEN",
  N = "NOT_FOUND",
  U = "UNAUTHENTICATED";
/** Outcomes in CALLERS order. */
const row = (...outcomes: string[]) => Object.fromEntries(CALLERS.map((caller, i) => [caller, outcomes[i]])) as Record<Caller, string>;
//                        OA BA UA ME  PL PT PB UI NQ SP DP  LA BB  OO SO
const NOTIFY_ONLY = [N, N, N, N] as const;

const PAGES: Record<string, Record<Caller, string>> = {
  overview: row(Y, Y, Y, N, Y, Y, Y, ...NOTIFY_ONLY, Y, Y, N, U),
  ordersList: row(Y, Y, Y, N, Y, N, Y, ...NOTIFY_ONLY, Y, Y, N, U),
  orderA: row(Y, Y, Y, N, Y, N, Y, ...NOTIFY_ONLY, Y, N, N, U),
  orderB: row(Y, Y, Y, N, Y, N, Y, ...NOTIFY_ONLY, N, Y, N, U),
  invoicesList: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, Y, N, U),
  invoiceA: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, N, N, U),
  invoiceB: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, Y, N, U),
  invoiceBPdf: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, Y, N, U),
  licensesList: row(Y, Y, Y, N, Y, Y, N, ...NOTIFY_ONLY, Y, N, N, U),
  quotesList: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, N, N, U),
  quote: row(Y, Y, Y, N, N, N, Y, ...NOTIFY_ONLY, N, N, N, U),
};

const ACTIONS: Record<string, Record<Caller, string>> = {
  placeOrder: row(Y, Y, F, N, F, F, F, ...NOTIFY_ONLY, F, F, N, U),
  requestQuote: row(Y, Y, F, N, F, F, F, ...NOTIFY_ONLY, F, F, N, U),
  suggestOrderContacts: row(Y, Y, F, N, F, F, F, ...NOTIFY_ONLY, F, F, N, U),
  markInvoiceBPaid: row(Y, Y, F, N, N, N, Y, ...NOTIFY_ONLY, N, Y, N, U),
  markInvoiceAPaid: row(Y, Y, F, N, N, N, Y, ...NOTIFY_ONLY, N, N, N, U),
  assignLicenseOfA: row(Y, F, F, N, Y, F, N, ...NOTIFY_ONLY, F, N, N, U),
  revokeLicenseOfA: row(Y, F, F, N, Y, F, N, ...NOTIFY_ONLY, F, N, N, U),
  updateBillingDetails: row(Y, Y, F, N, F, F, Y, ...NOTIFY_ONLY, F, F, N, U),
};

async function snapshot() {
  const [orders, lines, licenses, assignments, invoices, quotes, contacts, audit, emails, organization, counters] = await Promise.all([
    db.order.count(),
    db.orderLineItem.count(),
    db.license.count(),
    db.licenseAssignment.findMany({ orderBy: { id: "asc" } }),
    db.invoice.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, paidAt: true } }),
    db.quote.count(),
    db.contact.count(),
    db.auditEvent.count(),
    db.emailOutbox.count(),
    db.organization.findUniqueOrThrow({ where: { id: w.organization.id } }),
    db.numberCounter.findMany({ orderBy: [{ organizationId: "asc" }, { sequence: "asc" }] }),
  ]);
  return { orders, lines, licenses, assignments, invoices, quotes, contacts, audit, emails, organization, counters };
}

beforeAll(async () => {
  w = await createBillingWorld("Matrix");
  other = await createOrgWithRoles("Elsewhere");
  const quote = await requestQuote.call(actorOf(w.users.ORG_ADMIN), w.organization.slug, {
    lines: [{ planId: "cloud-business", quantity: 2 }],
    currency: "EUR",
  });
  if (!quote.ok) throw new Error(JSON.stringify(quote));
  quoteId = quote.data.id;
});

async function pageOutcome(
  caller: Caller,
  load: (access: NonNullable<Awaited<ReturnType<typeof loadOrgAccess>>>) => Promise<unknown> | void,
): Promise<string> {
  const actor = actorFor(caller);
  if (!actor) return U;
  const access = await loadOrgAccess(db, actor.userId, w.organization.slug);
  if (!access) return N;
  try {
    await load(access);
    return Y;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("billing pages: who opens what (SPEC §2)", () => {
  const loaders: Record<keyof typeof PAGES, (access: NonNullable<Awaited<ReturnType<typeof loadOrgAccess>>>) => Promise<unknown> | void> = {
    overview: (a) => requireBillingOverview(a),
    ordersList: (a) => loadOrdersPage(db, a, orderListQuerySchema.parse({})),
    orderA: (a) => loadOrderPage(db, a, w.orderA.orderId),
    orderB: (a) => loadOrderPage(db, a, w.orderB.orderId),
    invoicesList: (a) => loadInvoicesPage(db, a, invoiceListQuerySchema.parse({})),
    invoiceA: (a) => loadInvoicePage(db, a, w.orderA.invoiceId),
    invoiceB: (a) => loadInvoicePage(db, a, w.orderB.invoiceId),
    invoiceBPdf: async (a) => renderInvoicePdf(await loadInvoicePage(db, a, w.orderB.invoiceId), "en"),
    licensesList: (a) => loadLicensesPage(db, a, simpleListQuerySchema.parse({})),
    quotesList: (a) => loadQuotesPage(db, a, simpleListQuerySchema.parse({})),
    quote: (a) => loadQuotePage(db, a, quoteId),
  };
  for (const [page, expected] of Object.entries(PAGES)) {
    it(`${page}`, async () => {
      const before = await snapshot();
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) actual[caller] = await pageOutcome(caller, loaders[page]);
      expect(actual).toEqual(expected);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("own lists hold exactly the person's own records: licensee of A, billing contact of B", async () => {
    const la = (await loadOrgAccess(db, w.licenseeOfA.user.id, w.organization.slug))!;
    const bb = (await loadOrgAccess(db, w.billingOfB.user.id, w.organization.slug))!;
    expect((await loadOrdersPage(db, la, orderListQuerySchema.parse({}))).rows.map((r) => r.id)).toEqual([w.orderA.orderId]);
    expect((await loadLicensesPage(db, la, simpleListQuerySchema.parse({}))).rows.map((r) => r.id)).toEqual(w.orderA.licenseIds);
    expect((await loadOrdersPage(db, bb, orderListQuerySchema.parse({}))).rows.map((r) => r.id)).toEqual([w.orderB.orderId]);
    expect((await loadInvoicesPage(db, bb, invoiceListQuerySchema.parse({}))).rows.map((r) => r.id)).toEqual([w.orderB.invoiceId]);
    // The licensee sees the order's licenses but not its invoice; the billing contact the reverse.
    const a = await loadOrderPage(db, la, w.orderA.orderId);
    expect(a.licenses?.map((l) => l.id)).toEqual(w.orderA.licenseIds);
    expect(a.invoice).toBeNull();
    const b = await loadOrderPage(db, bb, w.orderB.orderId);
    expect(b.licenses).toBeNull();
    expect(b.invoice?.id).toBe(w.orderB.invoiceId);
  });

  it("a contact who is LICENSEE of one order and BILLING contact of another sees each order's part only", async () => {
    const both = w.licenseeOfA;
    const third = await createTestOrder(w.organization.id, w.someone.id, both.contact.id);
    const access = (await loadOrgAccess(db, both.user.id, w.organization.slug))!;
    const invoices = await loadInvoicesPage(db, access, invoiceListQuerySchema.parse({}));
    expect(invoices.rows.map((r) => r.id)).toEqual([third.invoiceId]);
    await expect(loadInvoicePage(db, access, w.orderA.invoiceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadLicensesPage(db, access, simpleListQuerySchema.parse({}))).rows.map((r) => r.id)).toEqual(w.orderA.licenseIds);
    expect((await loadOrderPage(db, access, third.orderId)).licenses).toBeNull();
    const paid = await markInvoicePaid.call(actorOf(both.user), w.organization.slug, { invoiceId: w.orderA.invoiceId });
    expect(paid).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await db.$transaction([
      db.invoice.deleteMany({ where: { orderId: third.orderId } }),
      db.license.deleteMany({ where: { orderId: third.orderId } }),
      db.order.delete({ where: { id: third.orderId } }),
    ]);
  });
});

describe("billing actions: who may do what (SPEC §2)", () => {
  const slug = () => w.organization.slug;
  type Call = (actor: Actor | null) => Promise<{ ok: boolean; code?: string }>;
  const calls: Record<keyof typeof ACTIONS, Call> = {
    placeOrder: (actor) =>
      placeOrder.call(actor, slug(), {
        lines: [{ planId: "cloud-standard", quantity: 1 }],
        currency: "EUR",
        licenseeName: "New Person",
        licenseeEmail: `new-${uid()}@example.test`,
      }),
    requestQuote: (actor) =>
      requestQuote.call(actor, slug(), { lines: [{ planId: "sso-addon", quantity: 5 }], currency: "USD", note: "Matrix" }),
    suggestOrderContacts: (actor) => suggestOrderContacts.call(actor, slug(), { q: "contact" }),
    markInvoiceBPaid: (actor) => markInvoicePaid.call(actor, slug(), { invoiceId: w.orderB.invoiceId }),
    markInvoiceAPaid: (actor) => markInvoicePaid.call(actor, slug(), { invoiceId: w.orderA.invoiceId }),
    assignLicenseOfA: (actor) =>
      assignLicense.call(actor, slug(), { licenseId: w.orderA.licenseIds[0], email: `seat-${uid()}@example.test` }),
    revokeLicenseOfA: async (actor) => {
      const seat = await db.licenseAssignment.create({
        data: { organizationId: w.organization.id, licenseId: w.orderA.licenseIds[0], email: `revoke-${uid()}@example.test` },
      });
      const result = await revokeLicense.call(actor, slug(), { assignmentId: seat.id });
      if (!result.ok) await db.licenseAssignment.delete({ where: { id: seat.id } });
      return result;
    },
    updateBillingDetails: (actor) =>
      updateBillingDetails.call(actor, slug(), billingDetailsForm({ legalName: `Legal ${uid()}`, country: "fr" })),
  };
  /** Puts back what an allowed call changed, so every caller meets the same state. */
  const undo: Partial<Record<keyof typeof ACTIONS, () => Promise<unknown>>> = {
    markInvoiceBPaid: () => db.invoice.update({ where: { id: w.orderB.invoiceId }, data: { status: "OPEN", paidAt: null } }),
    markInvoiceAPaid: () => db.invoice.update({ where: { id: w.orderA.invoiceId }, data: { status: "OPEN", paidAt: null } }),
    assignLicenseOfA: () => db.licenseAssignment.deleteMany({ where: { licenseId: w.orderA.licenseIds[0] } }),
  };
  for (const [action, expected] of Object.entries(ACTIONS)) {
    it(`${action}`, async () => {
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) {
        const before = await snapshot();
        const result = await calls[action](actorFor(caller));
        actual[caller] = result.ok ? Y : (result.code ?? "?");
        if (result.ok) await undo[action]?.();
        else expect({ caller, state: await snapshot() }).toEqual({ caller, state: before });
      }
      expect(actual).toEqual(expected);
    });
  }

  it("a cancelled organization is read-only: every billing action is refused, reads still work", async () => {
    const c = await createBillingWorld("Cancelled");
    await db.organization.update({
      where: { id: c.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    const admin = actorOf(c.users.ORG_ADMIN);
    const results = await Promise.all([
      placeOrder.call(admin, c.organization.slug, {
        lines: [{ planId: "cloud-standard", quantity: 1 }],
        currency: "EUR",
        licenseeContactId: c.someone.id,
      }),
      markInvoicePaid.call(admin, c.organization.slug, { invoiceId: c.orderA.invoiceId }),
      assignLicense.call(admin, c.organization.slug, { licenseId: c.orderA.licenseIds[0], email: "x@example.test" }),
      requestQuote.call(admin, c.organization.slug, { lines: [{ planId: "cloud-standard", quantity: 1 }], currency: "EUR" }),
      updateBillingDetails.call(admin, c.organization.slug, billingDetailsForm({ legalName: "X" })),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "READ_ONLY" });
    const access = (await loadOrgAccess(db, c.users.ORG_ADMIN.id, c.organization.slug))!;
    expect((await loadInvoicesPage(db, access, invoiceListQuerySchema.parse({}))).rows).toHaveLength(2);
  });
});
