// Settings → Notifications' data: every event's recipients in one statement, agreeing with
// what the routing table does for one event; previews; and the contact dialog's facts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { notificationOverview, STANDING_SHOWN } from "@/lib/notifications/overview";
import { recipientsOf } from "@/lib/notifications/routing";
import { previewQuerySchema, renderNotificationPreview } from "@/lib/notifications/preview";
import { contactEmailFacts } from "@/lib/notifications/contact-email-facts";
import { translator } from "@/lib/i18n";
import { actorOf, createContact, createOrgWithRoles, createUser } from "../support/factories";
import { createOrderWithInvoice, createQuote, daysAgo } from "../support/notification-fixtures";
import { createCountingDb, type CountingDb } from "../support/counting-db";

let counting: CountingDb;
beforeAll(() => {
  counting = createCountingDb();
});
afterAll(async () => {
  await counting.disconnect();
});

describe("notificationOverview", () => {
  it("lists, in one statement, each event's recipients now: the latest orders' and quotes', the overdue invoices', and the standing ones, merged like one email", async () => {
    const { organization, users } = await createOrgWithRoles();
    const licensee = await createContact(organization.id, { language: "fr" });
    const billing = await createContact(organization.id, { roles: ["UNPAID_INVOICES"] });
    const primary = await createContact(organization.id, { roles: ["PRIMARY_BILLING", "SECURITY_PRIVACY", "PRIMARY_TECHNICAL"] });
    await createContact(organization.id, { roles: ["NEW_QUOTES", "DATA_PROTECTION"], status: "DISABLED" });
    const current = await createOrderWithInvoice(organization.id, licensee.id, billing.id);
    const overdue = await createOrderWithInvoice(organization.id, licensee.id, billing.id, { dueAt: daysAgo(3) });
    const quote = await createQuote(organization.id, { contactId: licensee.id });

    counting.statements.length = 0;
    const events = await notificationOverview(counting.db, organization.id);
    expect(counting.statements).toHaveLength(1);

    const of = (kind: string) => events.find((event) => event.kind === kind)!;
    // Each subject's recipients are exactly what the routing table would send for it.
    expect(
      of("license_certificate")
        .subjects.map((s) => s.label)
        .sort(),
    ).toEqual([current.order.number, overdue.order.number].sort());
    for (const subject of of("license_certificate").subjects) {
      expect(subject.recipients).toEqual(
        await recipientsOf(db, { kind: "license_certificate", organizationId: organization.id, orderId: subject.subjectId }),
      );
    }
    const overdueEvent = of("invoice_overdue");
    expect(overdueEvent.subjects.map((s) => s.label)).toEqual([overdue.order.number]);
    // The subject's own people (their every reason merged) plus the standing list are the routing table's recipients.
    const shown = [
      ...overdueEvent.subjects[0].recipients,
      ...overdueEvent.standing.filter((r) => !overdueEvent.subjects[0].recipients.some((s) => s.email === r.email)),
    ];
    const routed = await recipientsOf(db, { kind: "invoice_overdue", organizationId: organization.id, invoiceId: overdue.invoice.id });
    expect(shown.sort((a, b) => a.email.localeCompare(b.email))).toEqual(routed.sort((a, b) => a.email.localeCompare(b.email)));
    expect(overdueEvent.subjects[0].recipients.find((r) => r.email === billing.email)?.reasons).toEqual([
      { rule: "ORDER_BILLING", orderNumber: overdue.order.number },
      { rule: "UNPAID_INVOICES" },
    ]);
    expect(overdueEvent.standing.map((r) => r.email).sort()).toEqual([billing.email, primary.email].sort());
    expect(of("quote_created").subjects[0].recipients).toEqual(
      await recipientsOf(db, { kind: "quote_created", organizationId: organization.id, quoteId: quote.id }),
    );
    expect(of("quote_created").standing).toEqual([]);
    expect(of("security_privacy").standing).toEqual([
      {
        email: primary.email,
        name: primary.name,
        locale: "en",
        contactId: primary.id,
        userId: null,
        reasons: [{ rule: "SECURITY_PRIVACY" }, { rule: "PRIMARY_TECHNICAL" }],
      },
    ]);
    expect(of("data_protection").standing.map((r) => r.email)).toEqual([users.ORG_ADMIN.email]);
  });

  it(`shows the first ${STANDING_SHOWN} standing recipients of an event and counts the others`, async () => {
    const { organization } = await createOrgWithRoles();
    for (let i = 0; i < STANDING_SHOWN + 3; i++) await createContact(organization.id, { roles: ["SECURITY_PRIVACY"] });
    const security = (await notificationOverview(db, organization.id)).find((event) => event.kind === "security_privacy")!;
    expect(security.standing).toHaveLength(STANDING_SHOWN);
    expect(security.standingTotal).toBe(STANDING_SHOWN + 3);
  });
});

describe("previews", () => {
  it("render an event's email with this organization's sample data, in the recipient's language and reasons", async () => {
    const query = previewQuerySchema.parse({
      event: "invoice_overdue",
      language: "fr",
      reasons: "ORDER_BILLING:2026-0099,UNPAID_INVOICES",
    });
    const email = await renderNotificationPreview({ name: "Globex", slug: "globex" }, query);
    const fr = translator("fr");
    expect(email.html).toContain('lang="fr"');
    expect(email.text).toContain("2026-0099");
    expect(email.text).toContain("Globex");
    expect(email.text).toContain("/orgs/globex/");
    expect(email.text).toContain(fr("notificationEmails.why.UNPAID_INVOICES", { org: "Globex" }));
  });

  it("refuse a rule the event does not have, or a malformed reference", () => {
    expect(previewQuerySchema.safeParse({ event: "invoice", language: "en", reasons: "NEW_QUOTES" }).success).toBe(false);
    expect(previewQuerySchema.safeParse({ event: "invoice", language: "en", reasons: "ORDER_BILLING:<x>" }).success).toBe(false);
    expect(previewQuerySchema.safeParse({ event: "invoice", language: "de" }).success).toBe(false);
  });
});

describe("contactEmailFacts (the contact dialog)", () => {
  it("gives the contact's orders and its member's organization role, to org admins only", async () => {
    const { organization, users } = await createOrgWithRoles();
    const admin = await createUser();
    await db.membership.create({ data: { organizationId: organization.id, userId: admin.id, role: "ORG_ADMIN" } });
    const contact = await createContact(organization.id, { email: admin.email });
    const other = await createContact(organization.id);
    const licensed = await createOrderWithInvoice(organization.id, contact.id, other.id);
    const billed = await createOrderWithInvoice(organization.id, other.id, contact.id);

    const result = await contactEmailFacts.call(actorOf(users.ORG_ADMIN), organization.slug, { contactId: contact.id });
    expect(result.ok && result.data).toMatchObject({ status: "ACTIVE", orgRole: "ORG_ADMIN", moreOrders: 0 });
    expect(result.ok && [...result.data.orders].sort((a, b) => a.number.localeCompare(b.number))).toEqual(
      [
        { number: licensed.order.number, licensee: true, billing: false },
        { number: billed.order.number, licensee: false, billing: true },
      ].sort((a, b) => a.number.localeCompare(b.number)),
    );
    for (const role of ["BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const) {
      expect(await contactEmailFacts.call(actorOf(users[role]), organization.slug, { contactId: contact.id })).toMatchObject({ ok: false });
    }
    const elsewhere = await createOrgWithRoles();
    expect(
      await contactEmailFacts.call(actorOf(elsewhere.users.ORG_ADMIN), elsewhere.organization.slug, { contactId: contact.id }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
