// SPEC §3 end to end: each event goes through notify() (routing table + outbox) and the mail
// worker's dispatcher to a real SMTP server. Every test asserts the exact set of addresses
// that received something among everyone it created, each email's language and reasons, and
// that no disabled contact got anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { formatMoney, translator } from "@/lib/i18n";
import { notify } from "@/lib/notifications/notify";
import type { NotificationEvent } from "@/lib/notifications/events";
import { disableAndReassignContact } from "@/lib/contacts/disable-and-reassign-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { actorOf, createContact, createOrgWithRoles, createUser } from "../support/factories";
import { createOrderWithInvoice, createQuote, daysAgo, deliverAll, receivedBy } from "../support/notification-fixtures";
import { startSmtpSink, type SinkMessage, type SmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

const fr = translator("fr");
const en = translator("en");

/** Sends the event, delivers everything, and returns what each of `everyone` received. */
async function send(event: NotificationEvent, everyone: { email: string }[]) {
  const result = await db.$transaction((tx) => notify(tx, event));
  await deliverAll(sink);
  return {
    result,
    received: receivedBy(
      sink,
      everyone.map((p) => p.email),
    ),
  };
}

function only(received: Map<string, SinkMessage[]>, email: string): SinkMessage {
  const messages = received.get(email) ?? [];
  expect(messages, `emails to ${email}`).toHaveLength(1);
  return messages[0];
}

function languageOf(message: SinkMessage): string | undefined {
  return /<html[^>]*\slang="(\w+)"/.exec(String(message.mail.html))?.[1];
}

describe("notify(): SPEC §3 against a real SMTP server", () => {
  it("order placed: the license certificate goes to the order's LICENSEE only, in its language", async () => {
    const { organization, users } = await createOrgWithRoles();
    const licensee = await createContact(organization.id, { language: "fr" });
    const billing = await createContact(organization.id, { roles: ["PRIMARY_BILLING", "PRIMARY_LICENSEE"] });
    const disabled = await createContact(organization.id, { status: "DISABLED", roles: ["PRIMARY_LICENSEE"] });
    const { order } = await createOrderWithInvoice(organization.id, licensee.id, billing.id);

    const { result, received } = await send({ kind: "license_certificate", organizationId: organization.id, orderId: order.id }, [
      licensee,
      billing,
      disabled,
      ...Object.values(users),
    ]);

    expect([...received.keys()]).toEqual([licensee.email]);
    expect(result.recipients).toEqual([
      {
        email: licensee.email,
        name: licensee.name,
        locale: "fr",
        contactId: licensee.id,
        userId: null,
        reasons: [{ rule: "ORDER_LICENSEE", orderNumber: order.number }],
      },
    ]);
    const message = only(received, licensee.email);
    expect(languageOf(message)).toBe("fr");
    expect(message.mail.subject).toBe(fr("notificationEmails.licenseCertificate.subject", { order: order.number }));
    expect(message.mail.text).toContain(
      fr("notificationEmails.why.sentence", { reasons: fr("notificationEmails.why.ORDER_LICENSEE", { order: order.number }) }),
    );
    expect(message.mail.text).toContain(`/orgs/${organization.slug}/contacts`);
    expect(message.mail.text).toContain("Roster Cloud");
  });

  it("order placed: the invoice goes to the BILLING contact, or to the licensee when the order names no other", async () => {
    const { organization, users } = await createOrgWithRoles();
    const licensee = await createContact(organization.id, { language: "fr" });
    const billing = await createContact(organization.id, { language: "en" });
    const separate = await createOrderWithInvoice(organization.id, licensee.id, billing.id);
    const same = await createOrderWithInvoice(organization.id, licensee.id);
    const everyone = [licensee, billing, ...Object.values(users)];

    const first = await send({ kind: "invoice", organizationId: organization.id, invoiceId: separate.invoice.id }, everyone);
    expect([...first.received.keys()]).toEqual([billing.email]);
    expect(only(first.received, billing.email).mail.subject).toBe(
      en("notificationEmails.invoice.subject", { invoice: separate.invoice.number, order: separate.order.number }),
    );
    expect(only(first.received, billing.email).mail.text).toContain(
      en("notificationEmails.why.ORDER_BILLING", { order: separate.order.number }),
    );

    const before = sink.messages.length;
    await send({ kind: "invoice", organizationId: organization.id, invoiceId: same.invoice.id }, everyone);
    const second = sink.messages.slice(before);
    expect(second.map((m) => m.recipients)).toEqual([[licensee.email]]);
    expect(languageOf(second[0])).toBe("fr");
    expect(second[0].mail.text).toContain(formatMoney("fr", 129_900, "EUR"));
  });

  it("invoice overdue: the BILLING contact, PRIMARY_BILLING and UNPAID_INVOICES, one copy each, no disabled contact", async () => {
    const { organization, users } = await createOrgWithRoles();
    const licensee = await createContact(organization.id);
    const billing = await createContact(organization.id, { roles: ["UNPAID_INVOICES"], language: "fr" });
    const primary = await createContact(organization.id, { roles: ["PRIMARY_BILLING"] });
    const unpaid = await createContact(organization.id, { roles: ["UNPAID_INVOICES", "NEW_QUOTES"], language: "fr" });
    const disabled = await createContact(organization.id, { roles: ["PRIMARY_BILLING"], status: "DISABLED" });
    const bystander = await createContact(organization.id, {
      roles: ["PRIMARY_TECHNICAL", "NEW_QUOTES", "SECURITY_PRIVACY", "DATA_PROTECTION", "PRIMARY_LICENSEE"],
    });
    const other = await createOrgWithRoles();
    const elsewhere = await createContact(other.organization.id, { roles: ["PRIMARY_BILLING", "UNPAID_INVOICES"] });
    const { order, invoice } = await createOrderWithInvoice(organization.id, licensee.id, billing.id, { dueAt: daysAgo(3) });

    const { result, received } = await send({ kind: "invoice_overdue", organizationId: organization.id, invoiceId: invoice.id }, [
      licensee,
      billing,
      primary,
      unpaid,
      disabled,
      bystander,
      elsewhere,
      ...Object.values(users),
      ...Object.values(other.users),
    ]);

    expect([...received.keys()].sort()).toEqual([billing.email, primary.email, unpaid.email].sort());
    expect(result.recipients.map((r) => [r.email, r.locale, r.reasons])).toEqual([
      [billing.email, "fr", [{ rule: "ORDER_BILLING", orderNumber: order.number }, { rule: "UNPAID_INVOICES" }]],
      [primary.email, "en", [{ rule: "PRIMARY_BILLING" }]],
      [unpaid.email, "fr", [{ rule: "UNPAID_INVOICES" }]],
    ]);
    const both = only(received, billing.email);
    expect(languageOf(both)).toBe("fr");
    expect(both.mail.subject).toBe(fr("notificationEmails.invoiceOverdue.subject", { invoice: invoice.number }));
    const reasons = new Intl.ListFormat("fr", { style: "long", type: "conjunction" }).format([
      fr("notificationEmails.why.ORDER_BILLING", { order: order.number }),
      fr("notificationEmails.why.UNPAID_INVOICES", { org: organization.name }),
    ]);
    expect(both.mail.text).toContain(fr("notificationEmails.why.sentence", { reasons }));
    expect(languageOf(only(received, primary.email))).toBe("en");
  });

  it("quote created: the requester and the NEW_QUOTES contacts; a requesting user gets it in their contact language, once", async () => {
    const { organization, users } = await createOrgWithRoles();
    const requester = await createContact(organization.id, { language: "fr" });
    const quotes = await createContact(organization.id, { roles: ["NEW_QUOTES"] });
    const disabled = await createContact(organization.id, { roles: ["NEW_QUOTES"], status: "DISABLED" });
    const quote = await createQuote(organization.id, { contactId: requester.id, userId: users.BILLING_ADMIN.id });
    const everyone = [requester, quotes, disabled, ...Object.values(users)];

    const { result, received } = await send({ kind: "quote_created", organizationId: organization.id, quoteId: quote.id }, everyone);
    expect([...received.keys()].sort()).toEqual([requester.email, quotes.email].sort());
    expect(result.recipients.find((r) => r.email === requester.email)).toMatchObject({
      locale: "fr",
      reasons: [{ rule: "QUOTE_REQUESTER", quoteNumber: quote.number }],
    });
    expect(languageOf(only(received, requester.email))).toBe("fr");
    expect(only(received, quotes.email).mail.subject).toBe(
      en("notificationEmails.quoteCreated.subject", { quote: quote.number, org: organization.name }),
    );

    // Asked by a user with no contact record of their own, who also has a NEW_QUOTES contact: one copy, both reasons.
    const asker = await createUser({ locale: "fr" });
    const askerContact = await createContact(organization.id, { email: asker.email, roles: ["NEW_QUOTES"], language: "en" });
    const byUser = await createQuote(organization.id, { userId: asker.id });
    const before = sink.messages.length;
    const second = await send({ kind: "quote_created", organizationId: organization.id, quoteId: byUser.id }, [...everyone, asker]);
    expect(second.result.recipients.find((r) => r.email === asker.email)).toMatchObject({
      contactId: askerContact.id,
      locale: "en",
      reasons: [{ rule: "QUOTE_REQUESTER", quoteNumber: byUser.number }, { rule: "NEW_QUOTES" }],
    });
    const fresh = sink.messages
      .slice(before)
      .flatMap((m) => m.recipients)
      .sort();
    expect(fresh).toEqual([asker.email, quotes.email].sort());
  });

  it("security & privacy update: SECURITY_PRIVACY and PRIMARY_TECHNICAL, once each, the vendor's words framed in each language", async () => {
    const { organization, users } = await createOrgWithRoles();
    const both = await createContact(organization.id, { roles: ["SECURITY_PRIVACY", "PRIMARY_TECHNICAL"], language: "fr" });
    const technical = await createContact(organization.id, { roles: ["PRIMARY_TECHNICAL"] });
    const disabled = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"], status: "DISABLED" });
    const invited = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"], status: "INVITED" });
    const bystander = await createContact(organization.id, { roles: ["DATA_PROTECTION", "PRIMARY_BILLING"] });

    const { received } = await send(
      {
        kind: "security_privacy",
        organizationId: organization.id,
        subject: "Patch <now>",
        body: "Update **today**.\n\n<script>alert(1)</script>",
      },
      [both, technical, disabled, invited, bystander, ...Object.values(users)],
    );
    expect([...received.keys()].sort()).toEqual([both.email, technical.email, invited.email].sort());
    const message = only(received, both.email);
    expect(message.mail.subject).toBe("Patch <now>");
    expect(languageOf(message)).toBe("fr");
    expect(message.mail.text).toContain(fr("notificationEmails.securityPrivacy.label"));
    expect(String(message.mail.html)).toMatch(/<strong[^>]*>today<\/strong>/);
    expect(String(message.mail.html)).not.toContain("<script>");
  });

  it("data protection alert: DATA_PROTECTION and the active ORG_ADMINs (their contact record's language, none if disabled)", async () => {
    const { organization, users } = await createOrgWithRoles();
    const dpo = await createContact(organization.id, { roles: ["DATA_PROTECTION"] });
    const secondAdmin = await createUser({ locale: "fr" });
    await db.membership.create({ data: { organizationId: organization.id, userId: secondAdmin.id, role: "ORG_ADMIN" } });
    const disabledAdmin = await createUser();
    await db.membership.create({ data: { organizationId: organization.id, userId: disabledAdmin.id, role: "ORG_ADMIN" } });
    await createContact(organization.id, { email: disabledAdmin.email, status: "DISABLED" });
    const pendingAdmin = await createUser();
    await db.membership.create({
      data: { organizationId: organization.id, userId: pendingAdmin.id, role: "ORG_ADMIN", status: "PENDING" },
    });
    const adminContact = await createContact(organization.id, { email: users.ORG_ADMIN.email, language: "fr", roles: ["DATA_PROTECTION"] });

    const { result, received } = await send(
      { kind: "data_protection", organizationId: organization.id, subject: "Sub-processor change", body: "Details." },
      [dpo, secondAdmin, disabledAdmin, pendingAdmin, ...Object.values(users)],
    );
    expect([...received.keys()].sort()).toEqual([dpo.email, secondAdmin.email, users.ORG_ADMIN.email].sort());
    expect(result.recipients.find((r) => r.email === users.ORG_ADMIN.email)).toMatchObject({
      contactId: adminContact.id,
      locale: "fr",
      reasons: [{ rule: "DATA_PROTECTION" }, { rule: "ORG_ADMIN" }],
    });
    expect(result.recipients.find((r) => r.email === secondAdmin.email)).toMatchObject({
      contactId: null,
      userId: secondAdmin.id,
      locale: "fr",
      reasons: [{ rule: "ORG_ADMIN" }],
    });
    expect(languageOf(only(received, secondAdmin.email))).toBe("fr");
  });
});

describe("the events addressed to a person, through their use cases", () => {
  it("orders reassigned: the replacement, in its language, and not the disabled contact", async () => {
    const { organization, users } = await createOrgWithRoles();
    const leaving = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"] });
    const { order } = await createOrderWithInvoice(organization.id, leaving.id);
    const email = `replacement-${Date.now()}@example.test`;
    const result = await disableAndReassignContact.call(actorOf(users.ORG_ADMIN), organization.slug, {
      contactId: leaving.id,
      orderIds: [order.id],
      replacement: "new",
      replacementName: "Rémi Remplaçant",
      replacementEmail: email,
      replacementLanguage: "fr",
    });
    expect(result.ok).toBe(true);
    await deliverAll(sink);
    const received = receivedBy(sink, [leaving.email, email, ...Object.values(users).map((u) => u.email)]);
    expect([...received.keys()]).toEqual([email]);
    const message = only(received, email);
    expect(languageOf(message)).toBe("fr");
    expect(message.mail.text).toContain(order.number);
    expect(message.mail.text).toContain(fr("notificationEmails.why.REPLACEMENT_CONTACT", { org: organization.name }));
  });

  it("contact invitation: the address it is sent to, in the invitation's language, whoever else is a contact", async () => {
    const { organization, users } = await createOrgWithRoles();
    const created = await createContactInvitation.call(actorOf(users.ORG_ADMIN), organization.slug, {
      roles: ["NEW_QUOTES"],
      language: "fr",
    });
    if (!created.ok) throw new Error("invitation not created");
    const invitee = `invitee-${Date.now()}@example.test`;
    // Already an English-speaking contact: the invitation keeps the language the admin chose.
    await createContact(organization.id, { email: invitee, language: "en" });
    const sent = await sendInvitationEmail.call(actorOf(users.ORG_ADMIN), organization.slug, {
      invitationId: created.data.invitationId,
      token: created.data.token,
      email: invitee,
    });
    expect(sent.ok).toBe(true);
    await deliverAll(sink);
    const message = only(receivedBy(sink, [invitee]), invitee);
    expect(languageOf(message)).toBe("fr");
    expect(message.mail.text).toContain(created.data.url);
    expect(message.mail.text).toContain(fr("notificationEmails.why.INVITEE", { org: organization.name }));
    expect(message.mail.text).not.toContain(`/orgs/${organization.slug}/contacts`);
  });

  it("sign-in link: the person signing in, in their saved language (else the request's)", async () => {
    const known = await createUser({ locale: "fr" });
    const stranger = `stranger-${Date.now()}@example.test`;
    await sendSignInLink({
      email: known.email,
      url: "http://localhost:3000/api/auth/callback/nodemailer?token=a&email=x",
      requestLocale: "en",
    });
    await sendSignInLink({
      email: stranger,
      url: "http://localhost:3000/api/auth/callback/nodemailer?token=b&email=y",
      requestLocale: "en",
    });
    await deliverAll(sink);
    const received = receivedBy(sink, [known.email, stranger]);
    expect(languageOf(only(received, known.email))).toBe("fr");
    expect(languageOf(only(received, stranger))).toBe("en");
    expect(only(received, stranger).mail.text).toContain(en("notificationEmails.why.SIGNING_IN"));
  });
});

describe("preferences at send time", () => {
  it("a queued email goes out in the language its contact has when it is sent", async () => {
    const { organization } = await createOrgWithRoles();
    const contact = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"], language: "en" });
    const { emailIds } = await db.$transaction((tx) =>
      notify(tx, { kind: "security_privacy", organizationId: organization.id, subject: "S", body: "B" }),
    );
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: emailIds[0] } })).toMatchObject({
      locale: "en",
      contactId: contact.id,
      html: null,
    });
    await db.contact.update({ where: { id: contact.id }, data: { language: "fr" } });

    await deliverAll(sink);
    const message = only(receivedBy(sink, [contact.email]), contact.email);
    expect(languageOf(message)).toBe("fr");
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: emailIds[0] } })).toMatchObject({ status: "SENT", locale: "fr" });
  });

  it("a contact disabled after its emails were queued gets none of them: cancelled when disabled, and at claim time whatever way it was disabled", async () => {
    const { organization, users } = await createOrgWithRoles();
    const viaAction = await createContact(organization.id, { roles: ["SECURITY_PRIVACY", "DATA_PROTECTION"] });
    const viaDatabase = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"] });
    const staying = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"] });
    await db.$transaction(async (tx) => {
      await notify(tx, { kind: "security_privacy", organizationId: organization.id, subject: "S1", body: "B" });
      await notify(tx, { kind: "data_protection", organizationId: organization.id, subject: "D1", body: "B" });
    });
    expect(await disableContact.call(actorOf(users.ORG_ADMIN), organization.slug, { contactId: viaAction.id })).toMatchObject({ ok: true });
    // Disabled without the use case (as an import or a script might): the dispatcher's claim still withholds it.
    await db.contact.update({ where: { id: viaDatabase.id }, data: { status: "DISABLED" } });

    await deliverAll(sink);
    const received = receivedBy(sink, [viaAction.email, viaDatabase.email, staying.email]);
    expect([...received.keys()]).toEqual([staying.email]);
    expect(
      await db.emailOutbox.findMany({
        where: { organizationId: organization.id, toEmail: { in: [viaAction.email, viaDatabase.email] } },
        select: { status: true },
      }),
    ).toEqual([{ status: "CANCELLED" }, { status: "CANCELLED" }, { status: "CANCELLED" }]);
  });
});
