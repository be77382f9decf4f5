// The guard against real data: each role reaches what SPEC §2 gives it, and a
// person of organization A reaches nothing of organization B.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { AccessError, authorize } from "@/lib/auth/access";
import { CAPABILITIES, capabilitiesOf, ORG_ROLES } from "@/lib/auth/capabilities";
import { actorOf, createContact, createOrder, createOrgWithRoles, createUser } from "../support/factories";

let a: Awaited<ReturnType<typeof createOrgWithRoles>>;
let b: Awaited<ReturnType<typeof createOrgWithRoles>>;

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ALLOWED";
  } catch (error) {
    if (error instanceof AccessError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  a = await createOrgWithRoles("Alpha");
  b = await createOrgWithRoles("Beta");
});

describe("authorize()", () => {
  it("gives each organization role exactly its capabilities in its own organization", async () => {
    for (const role of ORG_ROLES) {
      const expected = capabilitiesOf({ orgRole: role, contactRoles: [], orderRoles: [] });
      for (const capability of CAPABILITIES) {
        const result = await outcome(authorize(db, actorOf(a.users[role]), a.organization.slug, capability));
        expect({ role, capability, result }).toEqual({ role, capability, result: expected.has(capability) ? "ALLOWED" : "FORBIDDEN" });
      }
    }
  });

  it("a person of organization A reaches nothing of organization B: every role, every capability is NOT_FOUND", async () => {
    for (const role of ORG_ROLES) {
      for (const capability of [null, ...CAPABILITIES]) {
        expect(await outcome(authorize(db, actorOf(a.users[role]), b.organization.slug, capability))).toBe("NOT_FOUND");
      }
    }
  });

  it("an unknown organization and a stranger look exactly like a foreign one", async () => {
    const stranger = await createUser();
    expect(await outcome(authorize(db, actorOf(stranger), a.organization.slug, null))).toBe("NOT_FOUND");
    expect(await outcome(authorize(db, actorOf(a.users.ORG_ADMIN), "no-such-org", null))).toBe("NOT_FOUND");
  });

  it("signed out is UNAUTHENTICATED", async () => {
    expect(await outcome(authorize(db, null, a.organization.slug, null))).toBe("UNAUTHENTICATED");
  });

  it("a pending membership gives no access", async () => {
    const invited = await createUser();
    await db.membership.create({ data: { organizationId: a.organization.id, userId: invited.id, role: "ORG_ADMIN", status: "PENDING" } });
    expect(await outcome(authorize(db, actorOf(invited), a.organization.slug, null))).toBe("NOT_FOUND");
  });

  it("a signed-in contact gets its contact-role access; disabling the contact removes it", async () => {
    const person = await createUser();
    const contact = await createContact(a.organization.id, { email: person.email, userId: person.id, roles: ["PRIMARY_BILLING"] });
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "invoices.pay"))).toBe("ALLOWED");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "contacts.view"))).toBe("FORBIDDEN");
    expect(await outcome(authorize(db, actorOf(person), b.organization.slug, "invoices.pay"))).toBe("NOT_FOUND");
    await db.contact.update({ where: { id: contact.id }, data: { status: "DISABLED" } });
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, null))).toBe("NOT_FOUND");
  });

  it("an order's licensee contact sees its own orders only", async () => {
    const person = await createUser();
    const contact = await createContact(a.organization.id, { email: person.email, userId: person.id });
    // No role and no order yet: the contact gives no access at all.
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "orders.viewOwn"))).toBe("NOT_FOUND");
    await createOrder(a.organization.id, contact.id, (await createContact(a.organization.id)).id);
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "orders.viewOwn"))).toBe("ALLOWED");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "orders.viewAll"))).toBe("FORBIDDEN");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "licenses.viewOwn"))).toBe("ALLOWED");
    // A licensee does not see the order's invoice (SPEC §2): only the BILLING contact does.
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "invoices.viewOwn"))).toBe("FORBIDDEN");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "invoices.payOwn"))).toBe("FORBIDDEN");
  });

  it("an order's billing contact sees and pays its invoices, not the order's licenses", async () => {
    const person = await createUser();
    const contact = await createContact(a.organization.id, { email: person.email, userId: person.id });
    const licensee = await createContact(a.organization.id);
    await createOrder(a.organization.id, licensee.id, contact.id);
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "invoices.viewOwn"))).toBe("ALLOWED");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "invoices.payOwn"))).toBe("ALLOWED");
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "licenses.viewOwn"))).toBe("FORBIDDEN");
  });

  it("a cancelled organization refuses writes but allows reads", async () => {
    const c = await createOrgWithRoles("Cancelled");
    await db.organization.update({
      where: { id: c.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86400000) },
    });
    expect(await outcome(authorize(db, actorOf(c.users.ORG_ADMIN), c.organization.slug, "contacts.view"))).toBe("ALLOWED");
    expect(await outcome(authorize(db, actorOf(c.users.ORG_ADMIN), c.organization.slug, "contacts.manage", { write: true }))).toBe(
      "READ_ONLY",
    );
  });
});

describe("contacts without access roles", () => {
  it("a notifications-only or role-less contact reaches nothing and does not see the organization listed", async () => {
    const { listUserOrganizations } = await import("@/lib/orgs/list-user-organizations");
    const person = await createUser();
    const contact = await createContact(a.organization.id, {
      email: person.email,
      userId: person.id,
      roles: ["NEW_QUOTES", "SECURITY_PRIVACY"],
    });
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, null))).toBe("NOT_FOUND");
    expect(await listUserOrganizations(person.id)).toEqual([]);
    await db.contactRole.create({ data: { organizationId: a.organization.id, contactId: contact.id, role: "PRIMARY_TECHNICAL" } });
    expect(await outcome(authorize(db, actorOf(person), a.organization.slug, "licenses.viewAll"))).toBe("ALLOWED");
    expect((await listUserOrganizations(person.id)).map((o) => o.slug)).toEqual([a.organization.slug]);
  });
});

describe("the database keeps every row in its own organization", () => {
  it("refuses an order naming another organization's contact, and an invoice on another organization's order", async () => {
    const mine = await createContact(a.organization.id);
    const theirs = await createContact(b.organization.id);
    await expect(createOrder(a.organization.id, mine.id, theirs.id)).rejects.toThrow();
    const theirOrder = await createOrder(b.organization.id, theirs.id);
    await expect(
      db.invoice.create({
        data: { organizationId: a.organization.id, orderId: theirOrder.id, number: "X-1", amountCents: 100, dueAt: new Date() },
      }),
    ).rejects.toThrow();
    await expect(
      db.contactRole.create({ data: { organizationId: a.organization.id, contactId: theirs.id, role: "NEW_QUOTES" } }),
    ).rejects.toThrow();
  });
});

describe("a slug no organization can have", () => {
  it("with a NUL byte or control characters (e.g. /orgs/a%00b) is simply not found, without reaching PostgreSQL's encoding error", async () => {
    const admin = actorOf(a.users.ORG_ADMIN);
    for (const slug of [`${a.organization.slug}\u0000`, "a\u0000b", "a\nb", "x".repeat(300)]) {
      expect(await outcome(authorize(db, admin, slug, null))).toBe("NOT_FOUND");
    }
  });
});
