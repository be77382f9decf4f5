import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { contactSearchText } from "@/lib/contacts/search-text";
import { seedLarge } from "@/lib/seed/large";

async function countsFor(organizationId: string) {
  const where = { organizationId };
  const [memberships, contacts, orders, lineItems, licenses, invoices] = await Promise.all([
    db.membership.count({ where }),
    db.contact.count({ where }),
    db.order.count({ where }),
    db.orderLineItem.count({ where }),
    db.license.count({ where }),
    db.invoice.count({ where }),
  ]);
  return { memberships, contacts, orders, lineItems, licenses, invoices };
}

describe("seedLarge", () => {
  it("creates exactly the requested rows, consistent, and a second run adds more", async () => {
    const first = await seedLarge(process.env.DATABASE_URL!, { contacts: 300, users: 50, orders: 100, slug: "bigco-test", seed: 42 });
    expect(first.createdOrganization).toBe(true);
    expect(first.adminEmail).toBe("admin@bigco-test.test");
    expect(first.counts).toMatchObject({ users: 50, memberships: 50, contacts: 300, orders: 100, invoices: 100 });

    const org = await db.organization.findUniqueOrThrow({ where: { slug: "bigco-test" } });
    expect(org.id).toBe(first.organizationId);
    const counts = await countsFor(org.id);
    expect(counts).toMatchObject({ memberships: 50, contacts: 300, orders: 100, invoices: 100 });
    expect(counts.lineItems).toBeGreaterThanOrEqual(100);
    expect(counts.lineItems).toBeLessThanOrEqual(300);
    expect(counts.licenses).toBe(counts.lineItems);
    expect(await db.user.count()).toBe(50);

    const admin = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, user: { email: "admin@bigco-test.test" } } });
    expect(admin).toMatchObject({ role: "ORG_ADMIN", status: "ACTIVE" });

    // searchText matches contactSearchText for a sample, emails are lower-cased
    const sample = await db.contact.findMany({ where: { organizationId: org.id }, take: 100 });
    for (const c of sample) {
      expect(c.searchText).toBe(contactSearchText(c.name, c.email));
      expect(c.email).toBe(c.email.toLowerCase().trim());
    }
    const withRoles = await db.contact.count({ where: { organizationId: org.id, roles: { some: {} } } });
    expect(withRoles / 300).toBeGreaterThan(0.15);
    expect(withRoles / 300).toBeLessThan(0.45);
    const linked = await db.contact.findMany({ where: { organizationId: org.id, userId: { not: null } }, include: { user: true } });
    for (const c of linked) expect(c.user!.email).toBe(c.email);

    // orders reference this organization's contacts; totals and invoices add up
    const orders = await db.order.findMany({
      where: { organizationId: org.id },
      include: { lineItems: true, invoices: true, licensee: true, billing: true },
      take: 50,
    });
    for (const o of orders) {
      expect(o.licensee.organizationId).toBe(org.id);
      expect(o.billing.organizationId).toBe(org.id);
      expect(o.lineItems.length).toBeGreaterThanOrEqual(1);
      expect(o.lineItems.length).toBeLessThanOrEqual(3);
      expect(o.totalCents).toBe(o.lineItems.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0));
      expect(o.invoices).toHaveLength(1);
      expect(o.invoices[0].amountCents).toBe(o.totalCents);
    }

    // accented names are searchable without accents
    const accented = await db.contact.findFirst({ where: { organizationId: org.id, name: { contains: "é" } } });
    if (accented) expect(accented.searchText).not.toContain("é");

    // a second run (through the app's client) adds to the same organization
    const second = await seedLarge(db, { contacts: 300, users: 50, orders: 100, slug: "bigco-test" });
    expect(second.createdOrganization).toBe(false);
    expect(second.organizationId).toBe(org.id);
    expect(second.adminEmail).toBeNull();
    expect(second.runId).not.toBe(first.runId);
    expect(await countsFor(org.id)).toMatchObject({ memberships: 100, contacts: 600, orders: 200, invoices: 200 });
    expect(await db.organization.count({ where: { slug: "bigco-test" } })).toBe(1);
  });

  it("adds workspaces with assignments of this run's users and workspace contacts assigned to their members", async () => {
    const seeded = await seedLarge(db, {
      contacts: 0,
      users: 60,
      orders: 0,
      workspaces: 5,
      workspaceContactsPerWorkspace: 8,
      slug: "spaces-test",
      seed: 7,
    });
    expect(seeded.counts).toMatchObject({ workspaces: 5, workspaceContacts: 40 });
    const organizationId = seeded.organizationId;
    expect(await db.workspace.count({ where: { organizationId } })).toBe(5);
    expect(await db.workspaceAssignment.count({ where: { organizationId } })).toBe(seeded.counts.workspaceAssignments);
    expect(seeded.counts.workspaceAssignments).toBeGreaterThan(30);
    const assigned = await db.workspaceContact.findMany({
      where: { organizationId, assignedUserId: { not: null } },
      select: { workspaceId: true, assignedUserId: true },
    });
    expect(assigned.length).toBeGreaterThan(10);
    for (const contact of assigned) {
      // Assigned to a member of that very workspace.
      expect(
        await db.workspaceAssignment.count({
          where: { workspaceId: contact.workspaceId, membership: { userId: contact.assignedUserId! } },
        }),
      ).toBe(1);
    }
    const again = await seedLarge(db, { contacts: 0, users: 10, orders: 0, workspaces: 5, slug: "spaces-test" });
    expect(again.counts.workspaces).toBe(5);
    expect(await db.workspace.count({ where: { organizationId } })).toBe(10);
  });

  it("rejects orders without any contact to reference", async () => {
    await expect(seedLarge(db, { contacts: 0, users: 0, orders: 5, slug: "empty-org" })).rejects.toThrow(/contacts/);
  });
});
