// Billing actions called directly: what each writes when it succeeds, and the bad input of
// the Billing forms (quantities, products, contacts, currency, paying twice, too many seats), each
// refused with a localized field error and nothing written.
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, type Actor } from "@/lib/auth/access";
import { placeOrder } from "@/lib/billing/place-order";
import { requestQuote } from "@/lib/billing/request-quote";
import { markInvoicePaid } from "@/lib/billing/mark-invoice-paid";
import { assignLicense } from "@/lib/billing/assign-license";
import { revokeLicense } from "@/lib/billing/revoke-license";
import { updateBillingDetails } from "@/lib/billing/update-billing-details";
import { suggestOrderContacts } from "@/lib/billing/suggest-order-contacts";
import { loadInvoicePage } from "@/lib/billing/page-data";
import { renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import { loadCatalog } from "@/lib/billing/catalog";
import { actorOf, createContact, createOrgWithRoles, uid } from "../support/factories";
import { billingDetailsForm, createTestOrder } from "../support/billing-factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
let admin: Actor;
const slug = () => org.organization.slug;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  org = await createOrgWithRoles("Billing actions");
  other = await createOrgWithRoles("Other");
  admin = actorOf(org.users.BILLING_ADMIN);
});

async function snapshot() {
  const [orders, lines, licenses, assignments, invoices, quotes, contacts, roles, audit, emails, counters] = await Promise.all([
    db.order.count(),
    db.orderLineItem.count(),
    db.license.count(),
    db.licenseAssignment.findMany({ orderBy: { id: "asc" } }),
    db.invoice.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, paidAt: true } }),
    db.quote.count(),
    db.contact.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.contactRole.count(),
    db.auditEvent.count(),
    db.emailOutbox.count(),
    db.numberCounter.findMany({ orderBy: [{ organizationId: "asc" }, { sequence: "asc" }] }),
  ]);
  return { orders, lines, licenses, assignments, invoices, quotes, contacts, roles, audit, emails, counters };
}

describe("the catalog", () => {
  it("is in the database with prices per currency", async () => {
    const catalog = await loadCatalog(db);
    expect(catalog.map((p) => p.id)).toEqual([
      "cloud-standard",
      "cloud-business",
      "cloud-enterprise",
      "analytics-addon",
      "sso-addon",
      "support-247",
    ]);
    expect(catalog.find((p) => p.id === "cloud-business")?.prices).toEqual({ EUR: 9600, USD: 10400 });
    expect(catalog.find((p) => p.id === "support-247")?.prices).toEqual({ EUR: 120000 });
  });
});

describe("place order", () => {
  it("naming a new licensee: adds the contact with no role (source ORDER), the order, its lines, one license per line, the invoice; billing defaults to the licensee; audited", async () => {
    const email = `Lena.${uid()}@Example.test`;
    const result = await placeOrder.call(admin, slug(), {
      lines: [
        { planId: "cloud-business", quantity: "12" },
        { planId: "sso-addon", quantity: 12 },
      ],
      currency: "EUR",
      licenseeName: " Léna Petit ",
      licenseeEmail: email,
      licenseeLanguage: "fr",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.data.number).toMatch(new RegExp(`^${year}-\\d{4}$`));
    expect(result.data.invoiceNumber).toMatch(new RegExp(`^INV-${year}-\\d{4}$`));
    const contact = await db.contact.findUniqueOrThrow({
      where: { organizationId_email: { organizationId: org.organization.id, email: email.toLowerCase() } },
      include: { roles: true },
    });
    expect(contact).toMatchObject({ name: "Léna Petit", source: "ORDER", status: "ACTIVE", language: "fr", roles: [] });
    const order = await db.order.findUniqueOrThrow({
      where: { id: result.data.orderId },
      include: { lineItems: { orderBy: { unitPriceCents: "desc" } }, licenses: true, invoices: true },
    });
    expect(order).toMatchObject({
      licenseeContactId: contact.id,
      billingContactId: contact.id,
      currency: "EUR",
      totalCents: 12 * 9600 + 12 * 1200,
      channel: "ONLINE",
      status: "PLACED",
      placedByUserId: admin.userId,
    });
    expect(order.lineItems.map((l) => [l.planId, l.product, l.plan, l.quantity, l.unitPriceCents])).toEqual([
      ["cloud-business", "Roster Cloud", "Business", 12, 9600],
      ["sso-addon", "Roster SSO", "Add-on", 12, 1200],
    ]);
    expect(order.licenses.map((l) => l.seats).sort()).toEqual([12, 12]);
    expect(order.licenses.every((l) => /^RSTR(-[2-9A-HJ-NP-Z]{5}){4}$/.test(l.licenseKey))).toBe(true);
    expect(order.invoices).toHaveLength(1);
    expect(order.invoices[0]).toMatchObject({ amountCents: order.totalCents, currency: "EUR", status: "OPEN" });
    expect(order.invoices[0].dueAt.getTime() - order.invoices[0].issuedAt.getTime()).toBe(30 * 86_400_000);
    expect(await db.auditEvent.count({ where: { action: "order.placed", targetId: order.id, actorUserId: admin.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "contact.created", targetId: contact.id } })).toBe(1);
    // The routing table's recipients, queued in the same transaction: the certificate and the invoice to the licensee (also the billing
    // contact).
    const emails = await db.emailOutbox.findMany({
      where: { organizationId: org.organization.id, toEmail: email.toLowerCase() },
      select: { template: true, locale: true },
    });
    expect(emails.map((e) => e.template).sort()).toEqual(["invoice", "license-certificate"]);
    expect(emails.every((e) => e.locale === "fr")).toBe(true);
  });

  it("with an existing contact as licensee (by id) and another billing contact (by email, found, not duplicated)", async () => {
    const licensee = await createContact(org.organization.id, { roles: ["NEW_QUOTES"] });
    const billing = await createContact(org.organization.id);
    const before = await db.contact.count({ where: { organizationId: org.organization.id } });
    const result = await placeOrder.call(admin, slug(), {
      lines: [{ planId: "analytics-addon", quantity: 2 }],
      currency: "USD",
      licenseeContactId: licensee.id,
      billingSameAsLicensee: "false",
      billingName: "Ignored",
      billingEmail: billing.email.toUpperCase(),
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await db.contact.count({ where: { organizationId: org.organization.id } })).toBe(before);
    expect(await db.order.findUniqueOrThrow({ where: { id: result.data.orderId } })).toMatchObject({
      licenseeContactId: licensee.id,
      billingContactId: billing.id,
      currency: "USD",
      totalCents: 2 * 5200,
    });
    const queued = await db.emailOutbox.findMany({
      where: { organizationId: org.organization.id, toEmail: { in: [licensee.email, billing.email] } },
      select: { template: true, toEmail: true },
    });
    expect(queued.map((e) => `${e.template} → ${e.toEmail}`).sort()).toEqual([
      `invoice → ${billing.email}`,
      `license-certificate → ${licensee.email}`,
    ]);
  });

  it("numbers orders and invoices one after the other, also when placed at the same moment", async () => {
    const licensee = await createContact(org.organization.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        placeOrder.call(admin, slug(), {
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeContactId: licensee.id,
        }),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const numbers = results.map((r) => (r.ok ? r.data.number : "failed"));
    expect(new Set(numbers).size).toBe(6);
    const values = numbers.map((n) => Number(n.split("-")[1])).sort((a, b) => a - b);
    expect(values).toEqual(Array.from({ length: 6 }, (_, i) => values[0] + i));
    // Each organization has its own sequence.
    const mine = await placeOrder.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, {
      lines: [{ planId: "cloud-standard", quantity: 1 }],
      currency: "EUR",
      licenseeName: "O",
      licenseeEmail: `o-${uid()}@example.test`,
    });
    expect(mine).toMatchObject({ ok: true, data: { number: `${year}-0001`, invoiceNumber: `INV-${year}-0001` } });
  });

  describe("bad input: refused with a localized field error, nothing written", () => {
    const cases: [string, () => Promise<Record<string, unknown>>, string, RegExp, RegExp][] = [
      [
        "zero quantity",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 0 }],
          currency: "EUR",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "lines.quantity",
        /whole number of seats from 1 to 10,000/,
        /nombre entier de sièges/,
      ],
      [
        "negative quantity",
        async () => ({
          planId: ["cloud-standard"],
          quantity: ["-3"],
          currency: "EUR",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "lines.quantity",
        /whole number/,
        /nombre entier/,
      ],
      [
        "fractional quantity",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1.5 }],
          currency: "EUR",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "lines.quantity",
        /whole number/,
        /nombre entier/,
      ],
      [
        "no line",
        async () => ({ currency: "EUR", licenseeName: "A", licenseeEmail: `a-${uid()}@x.test` }),
        "lines",
        /at least one product/,
        /au moins un produit/,
      ],
      [
        "unknown product",
        async () => ({
          lines: [{ planId: "cloud-platinum", quantity: 1 }],
          currency: "EUR",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "lines",
        /product from the catalog/,
        /produit du catalogue/,
      ],
      [
        "unknown currency",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "JPY",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "currency",
        /Choose a currency/,
        /Choisissez une devise/,
      ],
      [
        "currency mismatch (support is sold in euros only)",
        async () => ({
          lines: [
            { planId: "cloud-standard", quantity: 1 },
            { planId: "support-247", quantity: 1 },
          ],
          currency: "USD",
          licenseeName: "A",
          licenseeEmail: `a-${uid()}@x.test`,
        }),
        "currency",
        /Premium Support 24\/7 is not sold in USD/,
        /Premium Support 24\/7 n[’']est pas vendu en USD/,
      ],
      [
        "another organization's contact",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeContactId: (await createContact(other.organization.id)).id,
        }),
        "licenseeEmail",
        /not on your contact list/,
        /ne figure pas dans votre liste/,
      ],
      [
        "a disabled contact, by id",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeContactId: (await createContact(org.organization.id, { name: "Dis Abled", status: "DISABLED" })).id,
        }),
        "licenseeEmail",
        /Dis Abled is a disabled contact/,
        /Dis Abled est un contact désactivé/,
      ],
      [
        "a disabled billing contact, by email",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeName: "New",
          licenseeEmail: `n-${uid()}@x.test`,
          billingSameAsLicensee: "",
          billingName: "X",
          billingEmail: (await createContact(org.organization.id, { name: "Old Billing", status: "DISABLED" })).email,
        }),
        "billingEmail",
        /Old Billing is a disabled contact/,
        /Old Billing est un contact désactivé/,
      ],
      [
        "an invited contact",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeContactId: (await createContact(org.organization.id, { name: "In Vited", status: "INVITED" })).id,
        }),
        "licenseeEmail",
        /In Vited has not accepted/,
        /In Vited n[’']a pas encore accepté/,
      ],
      [
        "a licensee name over two lines",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeName: "Eve\nAdmin",
          licenseeEmail: `eve-${uid()}@x.test`,
        }),
        "licenseeName",
        /single line, without line breaks/,
        /une seule ligne, sans retour à la ligne/,
      ],
      [
        "no licensee",
        async () => ({ lines: [{ planId: "cloud-standard", quantity: 1 }], currency: "EUR" }),
        "licenseeEmail",
        /This field is required/,
        /Ce champ est obligatoire/,
      ],
      [
        "a bad licensee email",
        async () => ({
          lines: [{ planId: "cloud-standard", quantity: 1 }],
          currency: "EUR",
          licenseeName: "A",
          licenseeEmail: "not-an-email",
        }),
        "licenseeEmail",
        /valid email/,
        /adresse e-mail valide/,
      ],
    ];
    for (const [name, input, field, en, fr] of cases) {
      it(name, async () => {
        const raw = await input();
        const before = await snapshot();
        for (const [locale, message] of [
          ["en", en],
          ["fr", fr],
        ] as const) {
          const result = await placeOrder.call(admin, slug(), raw, { locale });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
        }
        expect(await snapshot()).toEqual(before);
      });
    }
  });
});

describe("mark as paid", () => {
  it("marks an open invoice paid on the given day, audited; paying it again is refused with a field error, nothing written", async () => {
    const licensee = await createContact(org.organization.id);
    const order = await createTestOrder(org.organization.id, licensee.id);
    const today = new Date().toISOString().slice(0, 10);
    const result = await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId, paidOn: today });
    expect(result).toMatchObject({ ok: true });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: order.invoiceId } })).toMatchObject({
      status: "PAID",
      paidAt: new Date(`${today}T00:00:00Z`),
    });
    expect(await db.auditEvent.count({ where: { action: "invoice.paid", targetId: order.invoiceId } })).toBe(1);
    const before = await snapshot();
    const again = await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId });
    expect(again).toMatchObject({
      ok: false,
      code: "ALREADY_PAID",
      fieldErrors: { invoiceId: [`Invoice ${order.invoiceNumber} is already paid.`] },
    });
    const againFr = await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId }, { locale: "fr" });
    expect(againFr).toMatchObject({ ok: false, fieldErrors: { invoiceId: [`La facture ${order.invoiceNumber} est déjà payée.`] } });
    expect(await snapshot()).toEqual(before);
  });

  it("two people paying at once record one payment", async () => {
    const order = await createTestOrder(org.organization.id, (await createContact(org.organization.id)).id);
    const results = await Promise.all([
      markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId }),
      markInvoicePaid.call(actorOf(org.users.ORG_ADMIN), slug(), { invoiceId: order.invoiceId }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "ALREADY_PAID" });
    expect(await db.auditEvent.count({ where: { action: "invoice.paid", targetId: order.invoiceId } })).toBe(1);
  });

  it("refuses a void invoice, a date in the future or before the issue date, another organization's invoice", async () => {
    const order = await createTestOrder(org.organization.id, (await createContact(org.organization.id)).id);
    const foreign = await createTestOrder(other.organization.id, (await createContact(other.organization.id)).id);
    const before = await snapshot();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId, paidOn: tomorrow })).toMatchObject({
      ok: false,
      fieldErrors: { paidOn: ["The payment date cannot be in the future."] },
    });
    expect(await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId, paidOn: "2001-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { paidOn: ["The payment date cannot be before the invoice was issued."] },
    });
    expect(await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId, paidOn: "yesterday" })).toMatchObject({
      ok: false,
      fieldErrors: { paidOn: ["Enter a date."] },
    });
    expect(await markInvoicePaid.call(admin, slug(), { invoiceId: foreign.invoiceId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
    await db.invoice.update({ where: { id: order.invoiceId }, data: { status: "VOID" } });
    const voided = await markInvoicePaid.call(admin, slug(), { invoiceId: order.invoiceId }, { locale: "fr" });
    expect(voided).toMatchObject({ ok: false, code: "INVOICE_VOID" });
    expect(!voided.ok && voided.fieldErrors?.invoiceId?.[0]).toMatch(
      new RegExp(`^La facture ${order.invoiceNumber} est annulée\\s: elle ne peut pas être payée\\.$`),
    );
  });
});

describe("license seats", () => {
  it("assigns up to the seats bought, refuses one more and a duplicate with a field error; revoking frees a seat; audited", async () => {
    const owner = actorOf(org.users.ORG_ADMIN);
    const order = await createTestOrder(org.organization.id, (await createContact(org.organization.id)).id, undefined, 2);
    const licenseId = order.licenseIds[0];
    const first = await assignLicense.call(owner, slug(), { licenseId, email: " First@Example.test " });
    expect(first).toMatchObject({ ok: true, data: { email: "first@example.test" } });
    const duplicate = await assignLicense.call(owner, slug(), { licenseId, email: "FIRST@example.test" });
    expect(duplicate).toMatchObject({
      ok: false,
      code: "DUPLICATE",
      fieldErrors: { email: ["first@example.test already has a seat of this license."] },
    });
    expect(await assignLicense.call(owner, slug(), { licenseId, email: "second@example.test" })).toMatchObject({ ok: true });
    const before = await snapshot();
    const third = await assignLicense.call(owner, slug(), { licenseId, email: "third@example.test" });
    expect(third).toMatchObject({ ok: false, code: "NO_SEATS_LEFT" });
    expect(!third.ok && third.fieldErrors?.email?.[0]).toMatch(/2 seats are already assigned|Revoke one first/);
    expect(await snapshot()).toEqual(before);
    const revoked = await revokeLicense.call(owner, slug(), { assignmentId: first.ok ? first.data.id : "" });
    expect(revoked).toMatchObject({ ok: true, data: { email: "first@example.test" } });
    expect(await assignLicense.call(owner, slug(), { licenseId, email: "third@example.test" })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { targetId: licenseId, action: { in: ["license.assigned", "license.revoked"] } } })).toBe(4);
  });

  it("never gives more seats than bought when assigned at the same moment", async () => {
    const owner = actorOf(org.users.ORG_ADMIN);
    const order = await createTestOrder(org.organization.id, (await createContact(org.organization.id)).id, undefined, 3);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        assignLicense.call(owner, slug(), { licenseId: order.licenseIds[0], email: `race-${i}@example.test` }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(await db.licenseAssignment.count({ where: { licenseId: order.licenseIds[0] } })).toBe(3);
  });
});

describe("request a quote", () => {
  it("prices the lines from the catalog, keeps the note, numbers it, valid 30 days, audited", async () => {
    const result = await requestQuote.call(admin, slug(), {
      planId: ["cloud-enterprise", "support-247", ""],
      quantity: ["40", "1", ""],
      currency: "EUR",
      note: "  Before March, please.  ",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const quote = await db.quote.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(quote).toMatchObject({
      number: expect.stringMatching(new RegExp(`^Q-${year}-\\d{4}$`)),
      amountCents: 40 * 18000 + 120000,
      currency: "EUR",
      status: "REQUESTED",
      note: "Before March, please.",
      requestedByUserId: admin.userId,
    });
    expect(Math.round((quote.validUntil.getTime() - quote.createdAt.getTime()) / 86_400_000)).toBe(30);
    expect(await db.auditEvent.count({ where: { action: "quote.requested", targetId: quote.id } })).toBe(1);
    // NEW_QUOTES contacts are told (the routing table picks them).
    const newQuotes = await createContact(org.organization.id, { roles: ["NEW_QUOTES"] });
    const second = await requestQuote.call(admin, slug(), { lines: [{ planId: "sso-addon", quantity: 3 }], currency: "EUR" });
    expect(second.ok).toBe(true);
    expect(
      await db.emailOutbox.count({ where: { organizationId: org.organization.id, toEmail: newQuotes.email, template: "quote-created" } }),
    ).toBe(1);
  });

  it("bad input: zero quantity, unknown product, currency mismatch, a note too long; nothing written", async () => {
    const before = await snapshot();
    const zero = await requestQuote.call(
      admin,
      slug(),
      { lines: [{ planId: "cloud-standard", quantity: 0 }], currency: "EUR" },
      { locale: "fr" },
    );
    expect(!zero.ok && zero.fieldErrors?.["lines.quantity"]).toEqual(["Saisissez un nombre entier de sièges, de 1 à 10 000."]);
    expect(await requestQuote.call(admin, slug(), { lines: [{ planId: "nope", quantity: 1 }], currency: "EUR" })).toMatchObject({
      ok: false,
      fieldErrors: { lines: ["Choose a product from the catalog."] },
    });
    expect(await requestQuote.call(admin, slug(), { lines: [{ planId: "support-247", quantity: 1 }], currency: "USD" })).toMatchObject({
      ok: false,
      fieldErrors: { currency: ["Premium Support 24/7 is not sold in USD."] },
    });
    expect(
      await requestQuote.call(admin, slug(), { lines: [{ planId: "sso-addon", quantity: 1 }], currency: "EUR", note: "x".repeat(2001) }),
    ).toMatchObject({ ok: false, fieldErrors: { note: ["At most 2000 characters."] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("billing details", () => {
  it("saves the details shown on invoices, audited; refuses a bad country or VAT number", async () => {
    const result = await updateBillingDetails.call(
      admin,
      slug(),
      billingDetailsForm({
        legalName: "Acme SAS",
        addressLine1: "1 rue de l'Église",
        postalCode: "75001",
        city: "Paris",
        country: "fr",
        vatId: "fr 40 123456789",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.organization.id } })).toMatchObject({
      legalName: "Acme SAS",
      country: "FR",
      vatId: "FR 40 123456789",
      addressLine2: null,
    });
    const bad = await updateBillingDetails.call(admin, slug(), billingDetailsForm({ country: "France", vatId: "!" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { country: ["Use the 2-letter country code, e.g. FR."], vatId: ["Enter a VAT number (4 to 20 letters and digits)."] },
    });
  });
});

describe("contact suggestions for the order form", () => {
  it("finds active contacts by name or email, accent-insensitively, never disabled ones or another organization's", async () => {
    const tag = uid();
    await createContact(org.organization.id, { name: `Élodie ${tag}`, email: `elodie-${tag}@example.test` });
    await createContact(org.organization.id, { name: `Eloise ${tag}`, status: "DISABLED" });
    await createContact(other.organization.id, { name: `Elodie ${tag}` });
    const result = await suggestOrderContacts.call(admin, slug(), { q: `elodie ${tag}` });
    expect(result).toMatchObject({ ok: true, data: [{ name: `Élodie ${tag}` }] });
  });
});

describe("the invoice PDF", () => {
  it("is a PDF with the invoice's number, lines and total, French accents encoded (WinAnsi)", async () => {
    await updateBillingDetails.call(
      admin,
      slug(),
      billingDetailsForm({ legalName: "Société Générale d'Équipement", city: "Orléans", country: "FR" }),
    );
    const order = await createTestOrder(org.organization.id, (await createContact(org.organization.id)).id, undefined, 1234);
    const access = (await loadOrgAccess(db, admin.userId, slug()))!;
    const invoice = await loadInvoicePage(db, access, order.invoiceId);
    const pdf = await renderInvoicePdf(invoice, "fr");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(`Facture ${order.invoiceNumber}`);
    expect(text).toContain("Société Générale d'Équipement"); // data: never retouched
    expect(text).toContain("Orléans");
    expect(text).toMatch(/Date d’échéance\u00a0: \d+ décembre|Date d’échéance\u00a0: \d+ \p{L}+ \d{4}/u);
    expect(text).toContain("Roster Cloud Business");
    expect(text).toContain("118\u00a0464,00\u00a0€"); // 1234 × 96 €, French grouping
  });
});

/** The text drawn in a pdfkit PDF: its content streams inflated, hex strings decoded as WinAnsi. */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const parts: string[] = [];
  // pdfkit writes "stream\n", the data, "\nendstream": no optional \r, which would take a
  // last data byte that happens to be 0x0D (one stream in 256) and break its inflation.
  for (const match of source.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\] TJ/g)) {
      parts.push([...tj[1].matchAll(/<([0-9a-f]*)>/g)].map((hex) => winAnsiDecode(Buffer.from(hex[1], "hex"))).join(""));
    }
  }
  return parts.join("\n");
}

function winAnsiDecode(bytes: Buffer): string {
  const special: Record<number, string> = { 0x80: "€", 0x9c: "œ", 0x8c: "Œ", 0x92: "’" };
  return [...bytes].map((b) => special[b] ?? String.fromCharCode(b)).join("");
}
