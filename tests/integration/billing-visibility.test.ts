// The visibility rule has two renderings, SQL for lists and pages and a Prisma `where` for
// code that prefers it: for every kind of person they select exactly the same rows.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import { invoiceScopeWhere, licenseScopeWhere, orderScopeWhere, quoteScopeWhere, scopeSql, viewScope, payScope } from "@/lib/billing/visibility";
import { requestQuote } from "@/lib/billing/request-quote";
import { actorOf } from "../support/factories";
import { createBillingWorld, createTestOrder } from "../support/billing-factories";

let w: Awaited<ReturnType<typeof createBillingWorld>>;

beforeAll(async () => {
  w = await createBillingWorld("Visibility");
  // The licensee of A is also the billing contact of a third order.
  await createTestOrder(w.organization.id, w.someone.id, w.licenseeOfA.contact.id);
  await requestQuote.call(actorOf(w.users.ORG_ADMIN), w.organization.slug, { lines: [{ planId: "sso-addon", quantity: 1 }], currency: "EUR" });
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("scopeSql and the Prisma where-builders agree", () => {
  it("for every organization role and contact kind", async () => {
    const people = [
      ...Object.values(w.users),
      ...Object.values(w.byContactRole).map((c) => c.user),
      w.licenseeOfA.user,
      w.billingOfB.user,
    ];
    for (const person of people) {
      const access = await loadOrgAccess(db, person.id, w.organization.slug);
      if (!access) continue;
      const orderScope = viewScope(access, "order");
      const invoiceScope = viewScope(access, "invoice");
      const licenseScope = viewScope(access, "license");
      const quoteScope = viewScope(access, "quote");
      const pay = payScope(access);
      const bySql = async (table: string, scope: typeof orderScope, join = true) =>
        ids(await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT x.id FROM ${Prisma.raw(`"${table}"`)} x ${join ? Prisma.sql`JOIN "Order" o ON o."organizationId" = x."organizationId" AND o.id = x."orderId"` : Prisma.empty} WHERE ${scopeSql(scope, "x", join ? "o" : "x")}`));
      expect(await bySql("Order", orderScope, false)).toEqual(ids(await db.order.findMany({ where: orderScopeWhere(orderScope), select: { id: true } })));
      expect(await bySql("Invoice", invoiceScope)).toEqual(ids(await db.invoice.findMany({ where: invoiceScopeWhere(invoiceScope), select: { id: true } })));
      expect(await bySql("Invoice", pay)).toEqual(ids(await db.invoice.findMany({ where: invoiceScopeWhere(pay), select: { id: true } })));
      expect(await bySql("License", licenseScope)).toEqual(ids(await db.license.findMany({ where: licenseScopeWhere(licenseScope), select: { id: true } })));
      expect(await bySql("Quote", quoteScope, false)).toEqual(ids(await db.quote.findMany({ where: quoteScopeWhere(quoteScope), select: { id: true } })));
    }
  });
});
