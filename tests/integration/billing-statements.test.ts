// The Billing pages' database budget at 20,000 orders: each view is at
// most 4 SQL statements including the access statement, never a write, and its count is
// capped instead of counting the whole table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, type OrgAccess } from "@/lib/auth/access";
import {
  loadInvoicePage,
  loadInvoicesPage,
  loadLicensesPage,
  loadOrderPage,
  loadOrdersPage,
  loadQuotesPage,
} from "@/lib/billing/page-data";
import { invoiceListQuerySchema, orderListQuerySchema, simpleListQuerySchema } from "@/lib/billing/schemas";
import { COUNT_CAP } from "@/lib/pagination/total";
import { seedLarge } from "@/lib/seed/large";
import { createCountingDb, type CountingDb } from "../support/counting-db";
import { createUser } from "../support/factories";

const ORDERS = 20_000;
let counting: CountingDb;
let organizationId: string;
let slug: string;
let adminId: string;
let billingContactUserId: string;

beforeAll(async () => {
  const seeded = await seedLarge(db, { contacts: 3000, users: 20, orders: ORDERS, slug: `big-${Date.now().toString(36)}`, seed: 7 });
  organizationId = seeded.organizationId;
  slug = seeded.slug;
  adminId = (await db.user.findUniqueOrThrow({ where: { email: seeded.adminEmail! } })).id;
  // A contact who is the billing contact of some orders signs in.
  const order = await db.order.findFirstOrThrow({
    where: { organizationId, licensee: { status: "ACTIVE", userId: null } },
    select: { billingContactId: true },
  });
  const person = await createUser();
  await db.contact.update({ where: { id: order.billingContactId }, data: { userId: person.id, status: "ACTIVE" } });
  billingContactUserId = person.id;
  await db.$executeRawUnsafe("ANALYZE");
  counting = createCountingDb();
}, 240_000);

afterAll(() => counting.disconnect());

/** The statements one page view sends: the access statement, then the page's own. */
async function view(userId: string, load: (access: OrgAccess) => Promise<unknown>): Promise<string[]> {
  counting.statements.length = 0;
  const access = await loadOrgAccess(counting.db, userId, slug);
  if (!access) throw new Error("no access");
  await load(access);
  return [...counting.statements];
}

function expectWithinBudget(statements: string[]) {
  expect(statements.length).toBeLessThanOrEqual(4);
  expect(statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE)/i.test(s))).toEqual([]);
  // Any count is capped (a LIMIT inside), never a count of the whole table.
  for (const s of statements.filter((s) => /count\(\*\)/i.test(s) && /FROM \(SELECT 1/.test(s))) expect(s).toMatch(/LIMIT/);
}

describe(`billing pages at ${ORDERS.toLocaleString("en")} orders`, () => {
  it("orders list, first and a deep page, unfiltered and by channel: 3 statements, capped count", async () => {
    for (const raw of [{}, { page: "300" }, { channel: "PARTNER" }]) {
      let page: Awaited<ReturnType<typeof loadOrdersPage>> | null = null;
      const statements = await view(adminId, async (a) => {
        page = await loadOrdersPage(counting.db, a, orderListQuerySchema.parse(raw));
      });
      expect(statements).toHaveLength(3);
      expectWithinBudget(statements);
      expect(page!.rows).toHaveLength(25);
      if (!("channel" in raw)) expect(page!.total).toEqual({ count: COUNT_CAP, kind: "atLeast" });
    }
  });

  it("invoices list, unfiltered, overdue and paid: 3 statements", async () => {
    for (const raw of [{}, { status: "OVERDUE" }, { status: "PAID", page: "2" }]) {
      const statements = await view(adminId, (a) => loadInvoicesPage(counting.db, a, invoiceListQuerySchema.parse(raw)));
      expect(statements).toHaveLength(3);
      expectWithinBudget(statements);
    }
  });

  it("licenses and quotes lists: 3 statements", async () => {
    expectWithinBudget(await view(adminId, (a) => loadLicensesPage(counting.db, a, simpleListQuerySchema.parse({}))));
    expectWithinBudget(await view(adminId, (a) => loadQuotesPage(counting.db, a, simpleListQuerySchema.parse({}))));
  });

  it("a billing contact's own orders and invoices: 3 statements, only their own", async () => {
    let orders: Awaited<ReturnType<typeof loadOrdersPage>> | null = null;
    const statements = await view(billingContactUserId, async (a) => {
      orders = await loadOrdersPage(counting.db, a, orderListQuerySchema.parse({}));
    });
    expect(statements).toHaveLength(3);
    expect(orders!.rows.length).toBeGreaterThan(0);
    expect(orders!.total.kind).toBe("exact");
    expectWithinBudget(await view(billingContactUserId, (a) => loadInvoicesPage(counting.db, a, invoiceListQuerySchema.parse({}))));
  });

  it("an order page and an invoice page: 2 statements each", async () => {
    const order = await db.order.findFirstOrThrow({ where: { organizationId }, select: { id: true, invoices: { select: { id: true } } } });
    expect(await view(adminId, (a) => loadOrderPage(counting.db, a, order.id))).toHaveLength(2);
    expect(await view(adminId, (a) => loadInvoicePage(counting.db, a, order.invoices[0].id))).toHaveLength(2);
  });
});
