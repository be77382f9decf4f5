// The Overview's figures: one statement, only what the person may open, each figure counted
// on the organization's own rows.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess } from "@/lib/auth/access";
import { loadOverviewFigures } from "@/lib/orgs/overview-figures";
import { createCountingDb } from "../support/counting-db";
import { createContact, createOrder, createOrgWithRoles, createUser, uid } from "../support/factories";

const counting = createCountingDb();
afterAll(() => counting.disconnect());

async function fillOrganization() {
  const org = await createOrgWithRoles("Overview");
  const id = org.organization.id;
  const pendingUser = await createUser();
  await db.membership.create({ data: { organizationId: id, userId: pendingUser.id, role: "MEMBER", status: "PENDING" } });
  const licensee = await createContact(id, { roles: ["PRIMARY_LICENSEE", "NEW_QUOTES"] });
  await createContact(id, { roles: ["NEW_QUOTES"] });
  await createContact(id, { status: "INVITED", roles: ["DATA_PROTECTION"] });
  await createContact(id, { status: "DISABLED" });
  const order = await createOrder(id, licensee.id);
  const day = 86_400_000;
  await db.invoice.createMany({
    data: [
      { organizationId: id, orderId: order.id, number: `I-${uid()}`, amountCents: 100, dueAt: new Date(Date.now() - day), status: "OPEN" },
      { organizationId: id, orderId: order.id, number: `I-${uid()}`, amountCents: 100, dueAt: new Date(Date.now() + day), status: "OPEN" },
      { organizationId: id, orderId: order.id, number: `I-${uid()}`, amountCents: 100, dueAt: new Date(Date.now() - day), status: "PAID" },
    ],
  });
  await db.verifiedDomain.createMany({
    data: [
      { organizationId: id, domain: `${uid()}.test`, token: "t", status: "VERIFIED" },
      { organizationId: id, domain: `${uid()}.test`, token: "t", status: "PENDING" },
    ],
  });
  await db.emailOutbox.createMany({
    data: ["FAILED", "FAILED", "SENT"].map((status) => ({
      organizationId: id,
      template: "t",
      toEmail: "x@y.test",
      subject: "s",
      html: "h",
      text: "t",
      status: status as "FAILED" | "SENT",
    })),
  });
  const base = { organizationId: id, kind: "CONTACT" as const, expiresAt: new Date(Date.now() + day) };
  await db.invitation.createMany({
    data: [
      { ...base, tokenHash: uid(), sharedAt: new Date() },
      { ...base, tokenHash: uid() }, // never shared
      { ...base, tokenHash: uid(), sharedAt: new Date(), expiresAt: new Date(Date.now() - day) },
      { ...base, tokenHash: uid(), sharedAt: new Date(), revokedAt: new Date() },
    ],
  });
  return org;
}

describe("the Overview's figures", () => {
  it("gives an org admin every figure, counted on the organization's rows only, in one statement", async () => {
    const org = await fillOrganization();
    await fillOrganization(); // another organization's rows are not counted
    const access = (await loadOrgAccess(db, org.users.ORG_ADMIN.id, org.organization.slug))!;
    counting.statements.length = 0;
    const figures = await loadOverviewFigures(counting.db, access);
    expect(counting.statements).toHaveLength(1);
    expect(figures).toEqual({
      users: 4,
      pendingUsers: 1,
      contacts: 3,
      pendingInvitations: 1,
      contactRoles: {
        PRIMARY_LICENSEE: 1,
        PRIMARY_TECHNICAL: 0,
        PRIMARY_BILLING: 0,
        UNPAID_INVOICES: 0,
        NEW_QUOTES: 2,
        SECURITY_PRIVACY: 0,
        DATA_PROTECTION: 1,
      },
      verifiedDomains: 1,
      pendingDomains: 1,
      failedEmails: 2,
      overdueInvoices: 1,
    });
  });

  it("shows each person only the figures of the lists they may open", async () => {
    const org = await fillOrganization();
    const figuresOf = async (userId: string) =>
      Object.keys(await loadOverviewFigures(db, (await loadOrgAccess(db, userId, org.organization.slug))!)).sort();
    expect(await figuresOf(org.users.BILLING_ADMIN.id)).toEqual([
      "contactRoles",
      "contacts",
      "overdueInvoices",
      "pendingInvitations",
      "pendingUsers",
      "users",
    ]);
    expect(await figuresOf(org.users.USER_ADMIN.id)).toEqual([
      "contactRoles",
      "contacts",
      "overdueInvoices",
      "pendingInvitations",
      "pendingUsers",
      "users",
    ]);
    counting.statements.length = 0;
    expect(await loadOverviewFigures(counting.db, (await loadOrgAccess(db, org.users.MEMBER.id, org.organization.slug))!)).toEqual({});
    expect(counting.statements).toHaveLength(0);
    // A primary billing contact sees the organization and its invoices, not its people.
    const contactUser = await createUser();
    await createContact(org.organization.id, { email: contactUser.email, userId: contactUser.id, roles: ["PRIMARY_BILLING"] });
    expect(await figuresOf(contactUser.id)).toEqual(["overdueInvoices"]);
  });
});
