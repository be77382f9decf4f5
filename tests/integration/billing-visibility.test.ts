// The visibility rule has two renderings, SQL for lists and pages and a Prisma `where` for
// code that prefers it: for every kind of person they select exactly the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import {
  invoiceScopeWhere,
  licenseScopeWhere,
  orderScopeWhere,
  quoteScopeWhere,
  scopeSql,
  viewScope,
  payScope,
} from "@/lib/billing/visibility";
import { requestQuote } from "@/lib/billing/request-quote";
import { actorOf } from "../support/factories";
import { createBillingWorld, createTestOrder } from "../support/billing-factories";

let w: Awaited<ReturnType<typeof createBillingWorld>>;

beforeAll(async () => {
  w = await createBillingWorld("Visibility");
  // The licensee of A is also the billing contact of a third order.
  await createTestOrder(w.organization.id, w.someone.id, w.licenseeOfA.contact.id);
  await requestQuote.call(actorOf(w.users.ORG_ADMIN), w.organization.slug, {
    lines: [{ planId: "sso-addon", quantity: 1 }],
    currency: "EUR",
  });
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("scopeSql and the Prisma where-builders agree", () => {
  it("for every organization role and contact kind", async () => {
    const people: [string, { id: string }][] = [
      ...Object.entries(w.users),
      ...Object.entries(w.byContactRole).map(([role, c]): [string, { id: string }] => [role, c.user]),
      ["licensee of A", w.licenseeOfA.user],
      ["billing contact of B", w.billingOfB.user],
    ];
    const seen: Record<string, number[] | "no access"> = {};
    for (const [name, person] of people) {
      const access = await loadOrgAccess(db, person.id, w.organization.slug);
      if (!access) {
        seen[name] = "no access";
        continue;
      }
      const orderScope = viewScope(access, "order");
      const invoiceScope = viewScope(access, "invoice");
      const licenseScope = viewScope(access, "license");
      const quoteScope = viewScope(access, "quote");
      const pay = payScope(access);
      const bySql = async (table: string, scope: typeof orderScope, join = true) =>
        ids(
          await db.$queryRaw<{ id: string }[]>(
            Prisma.sql`SELECT x.id FROM ${Prisma.raw(`"${table}"`)} x
              ${join ? Prisma.sql`JOIN "Order" o ON o."organizationId" = x."organizationId" AND o.id = x."orderId"` : Prisma.empty}
                WHERE ${scopeSql(scope, "x", join ? "o" : "x")}`,
          ),
        );
      const select = { id: true } as const;
      const pairs = [
        [await bySql("Order", orderScope, false), ids(await db.order.findMany({ where: orderScopeWhere(orderScope), select }))],
        [await bySql("Invoice", invoiceScope), ids(await db.invoice.findMany({ where: invoiceScopeWhere(invoiceScope), select }))],
        [await bySql("Invoice", pay), ids(await db.invoice.findMany({ where: invoiceScopeWhere(pay), select }))],
        [await bySql("License", licenseScope), ids(await db.license.findMany({ where: licenseScopeWhere(licenseScope), select }))],
        [await bySql("Quote", quoteScope, false), ids(await db.quote.findMany({ where: quoteScopeWhere(quoteScope), select }))],
      ];
      for (const [sql, prisma] of pairs) expect(sql).toEqual(prisma);
      seen[name] = pairs.map(([sql]) => sql.length);
    }
    // Whom the comparison covered and how many rows each saw, so that it cannot pass with
    // nobody or nothing: [orders, invoices, invoices payable, licenses, quotes] of the world's
    // 3 orders (A, B and the third, each with one license and one invoice) and 1 quote.
    expect(seen).toEqual({
      ORG_ADMIN: [3, 3, 3, 3, 1],
      BILLING_ADMIN: [3, 3, 3, 3, 1],
      USER_ADMIN: [3, 3, 0, 3, 1],
      MEMBER: [0, 0, 0, 0, 0],
      PRIMARY_LICENSEE: [3, 0, 0, 3, 0],
      PRIMARY_TECHNICAL: [0, 0, 0, 3, 0],
      PRIMARY_BILLING: [3, 3, 3, 0, 1],
      // notifications-only roles: emails, no access
      UNPAID_INVOICES: "no access",
      NEW_QUOTES: "no access",
      SECURITY_PRIVACY: "no access",
      DATA_PROTECTION: "no access",
      // LICENSEE of A and BILLING contact of the third order: both orders, A's license, the third's invoice
      "licensee of A": [2, 1, 1, 1, 0],
      "billing contact of B": [1, 1, 1, 0, 0],
    });
  });
});
