import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ContactRoleType } from "@/lib/db/generated/client";
import { contactSearchText } from "@/lib/contacts/search-text";
import { DEMO_ADMIN_EMAIL, seedDemo } from "@/lib/seed/demo";

async function counts() {
  const [
    organizations,
    users,
    memberships,
    contacts,
    contactRoles,
    orders,
    lineItems,
    licenses,
    invoices,
    quotes,
    workspaces,
    domains,
    auditEvents,
  ] = await Promise.all([
    db.organization.count(),
    db.user.count(),
    db.membership.count(),
    db.contact.count(),
    db.contactRole.count(),
    db.order.count(),
    db.orderLineItem.count(),
    db.license.count(),
    db.invoice.count(),
    db.quote.count(),
    db.workspace.count(),
    db.verifiedDomain.count(),
    db.auditEvent.count(),
  ]);
  return {
    organizations,
    users,
    memberships,
    contacts,
    contactRoles,
    orders,
    lineItems,
    licenses,
    invoices,
    quotes,
    workspaces,
    domains,
    auditEvents,
  };
}

describe("seedDemo", () => {
  it("creates the Acme demo organization, then does nothing on a second call", async () => {
    const first = await seedDemo(db);
    expect(first).toEqual({ seeded: true, adminEmail: DEMO_ADMIN_EMAIL, slug: "acme" });

    const org = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
    expect(org.name).toBe("Acme Corporation");
    expect(org.vatId).toMatch(/^FR/);

    // every organization-wide contact role is held by at least one contact
    const roles = await db.contactRole.findMany({ where: { organizationId: org.id }, select: { role: true } });
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(Object.values(ContactRoleType)));

    // exactly one overdue invoice (OPEN past its due date)
    const now = new Date();
    expect(await db.invoice.count({ where: { organizationId: org.id, status: "OPEN", dueAt: { lt: now } } })).toBe(1);
    expect(await db.invoice.count({ where: { organizationId: org.id, status: "OPEN", dueAt: { gte: now } } })).toBeGreaterThan(0);
    expect(await db.invoice.count({ where: { organizationId: org.id, status: "VOID" } })).toBe(1);
    expect(await db.invoice.count({ where: { organizationId: org.id } })).toBe(await db.order.count({ where: { organizationId: org.id } }));

    // the admin is an active ORG_ADMIN
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId: org.id, user: { email: DEMO_ADMIN_EMAIL } },
      include: { user: true },
    });
    expect(admin.role).toBe("ORG_ADMIN");
    expect(admin.status).toBe("ACTIVE");
    expect(admin.user.name).toBe("Alice Martin");
    expect(await db.membership.count({ where: { organizationId: org.id, status: "PENDING" } })).toBe(1);
    for (const role of ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const) {
      expect(await db.membership.count({ where: { organizationId: org.id, role } })).toBeGreaterThan(0);
    }

    // a verified domain
    const verified = await db.verifiedDomain.findFirstOrThrow({ where: { organizationId: org.id, status: "VERIFIED" } });
    expect(verified.domain).toBe("acme.test");
    expect(verified.verifiedAt).not.toBeNull();
    expect(await db.verifiedDomain.count({ where: { organizationId: org.id, status: "PENDING" } })).toBe(1);

    // contacts: searchText consistent, statuses and orders as described
    const contacts = await db.contact.findMany({ where: { organizationId: org.id } });
    expect(contacts.length).toBeGreaterThanOrEqual(20);
    for (const c of contacts) {
      expect(c.searchText).toBe(contactSearchText(c.name, c.email));
      expect(c.email).toBe(c.email.toLowerCase());
    }
    expect(contacts.filter((c) => c.status === "DISABLED")).toHaveLength(1);
    expect(contacts.filter((c) => c.status === "INVITED")).toHaveLength(1);
    const orders = await db.order.findMany({
      where: { organizationId: org.id },
      include: { _count: { select: { lineItems: true, licenses: true } } },
    });
    expect(orders.some((o) => o.billingContactId !== o.licenseeContactId)).toBe(true);
    for (const o of orders) expect(o._count.lineItems).toBeGreaterThanOrEqual(1);
    const byLicensee = new Map<string, number>();
    for (const o of orders) byLicensee.set(o.licenseeContactId, (byLicensee.get(o.licenseeContactId) ?? 0) + 1);
    expect([...byLicensee.values()]).toContain(2);
    // billing data as the app writes it: every channel, catalog lines, sequence numbers, one license per line, seats given
    expect(new Set(orders.map((o) => o.channel))).toEqual(new Set(["ONLINE", "SALES_REP", "PARTNER"]));
    for (const o of orders) {
      expect(o.number).toMatch(/^\d{4}-\d{4}$/);
      expect(o._count.licenses).toBe(o._count.lineItems);
    }
    expect(await db.orderLineItem.count({ where: { organizationId: org.id, planId: null } })).toBe(0);
    expect(await db.licenseAssignment.count({ where: { organizationId: org.id } })).toBeGreaterThan(0);
    const quotes = await db.quote.findMany({ where: { organizationId: org.id } });
    expect(quotes.length).toBe(3);
    for (const q of quotes) expect(q.number).toMatch(/^Q-\d{4}-\d{4}$/);

    expect(await db.auditEvent.count({ where: { organizationId: org.id, action: "organization.created" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: org.id, action: "seed.demo" } })).toBe(1);

    const before = await counts();
    const second = await seedDemo(db);
    expect(second).toEqual({ seeded: false, adminEmail: DEMO_ADMIN_EMAIL, slug: "acme" });
    expect(await counts()).toEqual(before);
  });
});

describe("the demo's Invited contact", () => {
  it("has a pending invitation the contacts page lists, and every Invited contact has one", async () => {
    await seedDemo(db);
    const { listPendingInvitations } = await import("@/lib/invitations/list-pending-invitations");
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true } });
    const { invitations } = await listPendingInvitations({ organization } as Parameters<typeof listPendingInvitations>[0]);
    const invited = await db.contact.findMany({ where: { organizationId: organization.id, status: "INVITED" }, select: { email: true } });
    expect(invited.map((contact) => contact.email)).toContain("laura.smith@partner-consulting.test");
    for (const contact of invited) {
      expect(invitations.filter((invitation) => invitation.email === contact.email && !invitation.expired)).toHaveLength(1);
    }
  });
});
