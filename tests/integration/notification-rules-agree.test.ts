// The contact dialog's answer ("which emails this contact gets, and why": emailsOfContact, a
// pure function) and the routing table's statement (recipientsOf) are built from the same
// rules; here they are run side by side on a random organization and must agree for every
// contact, every event and every reason.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType, OrgRole } from "@/lib/db/generated/enums";
import type { NotificationEvent, NotificationKind, RecipientReason } from "@/lib/notifications/events";
import { recipientsOf } from "@/lib/notifications/routing";
import { emailsOfContact } from "@/lib/notifications/rules";
import { createContact, createOrgWithRoles, createUser } from "../support/factories";
import { createOrderWithInvoice, createQuote } from "../support/notification-fixtures";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const key = (reason: RecipientReason) => `${reason.rule}:${reason.orderNumber ?? ""}`;

describe("emailsOfContact agrees with the routing table", () => {
  it("for 30 contacts with random roles, order roles and organization roles", async () => {
    const next = random(8);
    const { organization } = await createOrgWithRoles();
    const contacts = [];
    for (let i = 0; i < 30; i++) {
      const roles = CONTACT_ROLES.filter(() => next() < 0.3) as ContactRoleType[];
      const status = next() < 0.15 ? ("DISABLED" as const) : ("ACTIVE" as const);
      const orgRole = next() < 0.3 ? (["ORG_ADMIN", "BILLING_ADMIN", "MEMBER"] as const)[Math.floor(next() * 3)] : null;
      const user = orgRole ? await createUser() : null;
      if (user && orgRole) await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: orgRole } });
      contacts.push({
        record: await createContact(organization.id, { roles, status, email: user?.email, userId: user?.id }),
        roles,
        status,
        orgRole: orgRole as OrgRole | null,
      });
    }
    const active = contacts.filter((c) => c.status === "ACTIVE");
    const orders = [];
    for (let i = 0; i < 5; i++) {
      const licensee = active[Math.floor(next() * active.length)].record;
      const billing = next() < 0.5 ? licensee : active[Math.floor(next() * active.length)].record;
      orders.push(await createOrderWithInvoice(organization.id, licensee.id, billing.id));
    }
    // Asked by someone who is no contact: the quote's requester is not a standing rule.
    const quote = await createQuote(organization.id, { userId: (await createUser()).id });

    const events: NotificationEvent[] = [
      ...orders.map(({ order }) => ({ kind: "license_certificate" as const, organizationId: organization.id, orderId: order.id })),
      ...orders.flatMap(({ invoice }) => [
        { kind: "invoice" as const, organizationId: organization.id, invoiceId: invoice.id },
        { kind: "invoice_overdue" as const, organizationId: organization.id, invoiceId: invoice.id },
      ]),
      { kind: "quote_created", organizationId: organization.id, quoteId: quote.id },
      { kind: "security_privacy", organizationId: organization.id, subject: "s", body: "b" },
      { kind: "data_protection", organizationId: organization.id, subject: "s", body: "b" },
      { kind: "plan_changed", organizationId: organization.id, previousPlan: "Standard", changedByUserId: (await createUser()).id },
    ];
    // What the routing table says, per address and event kind (the union over that kind's events).
    const routed = new Map<string, Map<NotificationKind, Set<string>>>();
    for (const event of events) {
      for (const recipient of await recipientsOf(db, event)) {
        const kinds = routed.get(recipient.email) ?? new Map<NotificationKind, Set<string>>();
        const reasons = kinds.get(event.kind) ?? new Set<string>();
        for (const reason of recipient.reasons.filter((r) => r.rule !== "QUOTE_REQUESTER")) reasons.add(key(reason));
        if (reasons.size > 0) kinds.set(event.kind, reasons);
        routed.set(recipient.email, kinds);
      }
    }

    let compared = 0;
    for (const contact of contacts) {
      const contactOrders = orders.map(({ order }) => ({
        number: order.number,
        licensee: order.licenseeContactId === contact.record.id,
        billing: order.billingContactId === contact.record.id,
      }));
      const expected = emailsOfContact({
        status: contact.status,
        contactRoles: contact.roles,
        orders: contactOrders.filter((o) => o.licensee || o.billing),
        orgRole: contact.orgRole,
      });
      const actual = routed.get(contact.record.email) ?? new Map();
      expect(Object.fromEntries([...actual].map(([kind, reasons]) => [kind, [...reasons].sort()])), contact.record.email).toEqual(
        Object.fromEntries(expected.map((email) => [email.kind, email.reasons.map(key).sort()])),
      );
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(20);
  });
});
