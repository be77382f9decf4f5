// Contacts actions called directly (not through the UI): permissions, validation,
// and the full effect of each flow on the database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { addContact } from "@/lib/contacts/add-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { enableContact } from "@/lib/contacts/enable-contact";
import { describeEnable } from "@/lib/contacts/describe-enable";
import { disableAndReassignContact } from "@/lib/contacts/disable-and-reassign-contact";
import { listContactOrders, suggestReplacementContacts } from "@/lib/contacts/contact-orders";
import type { Actor } from "@/lib/auth/access";
import { actorOf, createContact, createOrder, createOrgWithRoles, createUser, uid } from "../support/factories";
import { renderedOutboxEmail } from "../support/notification-fixtures";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
let admin: Actor;
const slug = () => org.organization.slug;

beforeAll(async () => {
  org = await createOrgWithRoles("Contacts");
  other = await createOrgWithRoles("Other");
  admin = actorOf(org.users.ORG_ADMIN);
  await db.verifiedDomain.create({
    data: { organizationId: org.organization.id, domain: "company.test", token: "t", status: "VERIFIED", verifiedAt: new Date() },
  });
  await db.verifiedDomain.create({ data: { organizationId: org.organization.id, domain: "pending.test", token: "t", status: "PENDING" } });
});

async function snapshot() {
  const [contacts, roles, orders, audit, emails] = await Promise.all([
    db.contact.findMany({ orderBy: { id: "asc" } }),
    db.contactRole.count(),
    db.order.findMany({ orderBy: { id: "asc" }, select: { id: true, licenseeContactId: true, billingContactId: true } }),
    db.auditEvent.count(),
    db.emailOutbox.count(),
  ]);
  return { contacts, roles, orders, audit, emails };
}

describe("every contacts action is refused to those who may not manage contacts", () => {
  it("BILLING_ADMIN, USER_ADMIN, MEMBER (403), another organization's admin (404) and a signed-out caller (401-like), writing nothing", async () => {
    const target = await createContact(org.organization.id, { roles: ["NEW_QUOTES"] });
    const withOrders = await createContact(org.organization.id);
    await createOrder(org.organization.id, withOrders.id);
    const disabled = await createContact(org.organization.id, { status: "DISABLED" });
    const calls = [
      (actor: Actor | null) =>
        addContact.call(actor, slug(), { name: "Eve", email: `eve-${uid()}@company.test`, language: "en", roles: ["PRIMARY_BILLING"] }),
      (actor: Actor | null) => updateContact.call(actor, slug(), { contactId: target.id, name: "Changed", language: "fr", roles: [] }),
      (actor: Actor | null) => disableContact.call(actor, slug(), { contactId: target.id }),
      (actor: Actor | null) => enableContact.call(actor, slug(), { contactId: disabled.id, roles: ["NEW_QUOTES"] }),
      (actor: Actor | null) => describeEnable.call(actor, slug(), { contactId: disabled.id }),
      (actor: Actor | null) =>
        disableAndReassignContact.call(actor, slug(), {
          contactId: withOrders.id,
          orderIds: [],
          replacement: "new",
          replacementName: "R",
          replacementEmail: `r-${uid()}@x.test`,
        }),
      (actor: Actor | null) => listContactOrders.call(actor, slug(), { contactId: withOrders.id }),
      (actor: Actor | null) => suggestReplacementContacts.call(actor, slug(), { q: "contact" }),
    ];
    const before = await snapshot();
    const callers: [string, Actor | null, string][] = [
      ["BILLING_ADMIN", actorOf(org.users.BILLING_ADMIN), "FORBIDDEN"],
      ["USER_ADMIN", actorOf(org.users.USER_ADMIN), "FORBIDDEN"],
      ["MEMBER", actorOf(org.users.MEMBER), "FORBIDDEN"],
      ["other org admin", actorOf(other.users.ORG_ADMIN), "NOT_FOUND"],
      ["signed out", null, "UNAUTHENTICATED"],
    ];
    for (const [who, actor, code] of callers) {
      for (const [index, call] of calls.entries()) {
        const result = await call(actor);
        expect({ who, index, result }).toMatchObject({ who, index, result: { ok: false, code } });
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("add a contact from your company", () => {
  it("adds an active contact with its roles on a verified domain, linked to an existing user, audited", async () => {
    const email = `Zoe.${uid()}@Company.test`;
    const user = await createUser({ email: email.toLowerCase() });
    const result = await addContact.call(admin, slug(), {
      name: " Zoé Durand ",
      email,
      phone: " +33 (0)1 23 45 67 89 ",
      language: "fr",
      roles: ["PRIMARY_BILLING", "UNPAID_INVOICES", "PRIMARY_BILLING"],
    });
    expect(result).toMatchObject({ ok: true, data: { name: "Zoé Durand" } });
    const contact = await db.contact.findFirstOrThrow({
      where: { organizationId: org.organization.id, email: email.toLowerCase() },
      include: { roles: true },
    });
    expect(contact).toMatchObject({
      phone: "+33 (0)1 23 45 67 89",
      status: "ACTIVE",
      source: "DIRECT",
      language: "fr",
      userId: user.id,
      searchText: `zoe durand ${email.toLowerCase()}`,
    });
    expect(contact.roles.map((r) => r.role).sort()).toEqual(["PRIMARY_BILLING", "UNPAID_INVOICES"]);
    expect(await db.auditEvent.count({ where: { targetId: contact.id, action: "contact.created", actorUserId: admin.userId } })).toBe(1);
  });

  it("refuses an email outside the verified domains (pending ones included), and a duplicate, with a field error", async () => {
    const before = await snapshot();
    const outside = await addContact.call(admin, slug(), { name: "Out", email: `out-${uid()}@gmail.com`, language: "en", roles: [] });
    expect(outside).toMatchObject({
      ok: false,
      code: "DOMAIN_NOT_VERIFIED",
      fieldErrors: { email: [expect.stringContaining("gmail.com is not one of your verified domains")] },
    });
    const pending = await addContact.call(
      admin,
      slug(),
      { name: "Pend", email: `p-${uid()}@pending.test`, language: "en", roles: [] },
      { locale: "fr" },
    );
    expect(pending).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("ne fait pas partie de vos domaines vérifiés")] },
    });
    expect(await snapshot()).toEqual(before);

    const email = `dup-${uid()}@company.test`;
    const first = await addContact.call(admin, slug(), { name: "Dup", email, language: "en", roles: [] });
    const again = await addContact.call(admin, slug(), { name: "Dup 2", email: email.toUpperCase(), language: "en", roles: [] });
    expect(again).toMatchObject({
      ok: false,
      code: "CONTACT_EXISTS",
      fieldErrors: { email: ["This email is already a contact."] },
      details: { contactId: first.ok ? first.data.id : "" },
    });
  });

  it("invalid input gets field errors and writes nothing: bad email, unknown role, oversized name, bad language", async () => {
    const before = await snapshot();
    const result = await addContact.call(admin, slug(), {
      name: "x".repeat(121),
      email: "not-an-email",
      phone: "=HYPERLINK(1)",
      language: "de",
      roles: ["PRIMARY_BILLING", "GOD_MODE"],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.name).toEqual(["At most 120 characters."]);
    expect(result.fieldErrors?.email).toEqual(["Enter a valid email address."]);
    expect(result.fieldErrors?.language).toEqual(["This value is not valid."]);
    expect(result.fieldErrors?.phone).toEqual(["Enter a phone number with digits, spaces and + ( ) . - only."]);
    expect(result.fieldErrors?.roles).toEqual(["Unknown role."]);
    expect(Object.keys(result.fieldErrors ?? {}).some((key) => key.startsWith("roles"))).toBe(true);
    expect(Object.values(result.fieldErrors ?? {}).flat()).toContain("Unknown role.");
    const fr = await addContact.call(admin, slug(), { name: "", email: "", language: "en", roles: [] }, { locale: "fr" });
    expect(!fr.ok && fr.fieldErrors).toMatchObject({ name: ["Ce champ est obligatoire."], email: ["Ce champ est obligatoire."] });
    expect(await snapshot()).toEqual(before);
  });

  it("names with a NUL byte, a line break or a text-direction override get a localized field error, never a generic one, in every name field", async () => {
    const target = await createContact(org.organization.id);
    const before = await snapshot();
    const cases = [
      [
        "Ann\u0000Lee",
        "Remove the invisible control characters from this text.",
        "Retirez de ce texte les caractères de contrôle invisibles.",
      ],
      ["Ann\nLee", "Use a single line, without line breaks.", "Saisissez une seule ligne, sans retour à la ligne."],
      [
        "Ann\u202eeeL",
        "Remove the invisible text-direction characters from this text: they can disguise what it says.",
        "Retirez de ce texte les caractères invisibles de sens d’écriture : ils peuvent en déguiser le contenu.",
      ],
      [
        "Ann\u2066Lee\u2069",
        "Remove the invisible text-direction characters from this text: they can disguise what it says.",
        "Retirez de ce texte les caractères invisibles de sens d’écriture : ils peuvent en déguiser le contenu.",
      ],
    ] as const;
    for (const [name, en, fr] of cases) {
      expect(await addContact.call(admin, slug(), { name, email: `n-${uid()}@company.test`, language: "en", roles: [] })).toEqual({
        ok: false,
        code: "INVALID",
        fieldErrors: { name: [en] },
      });
      expect(await updateContact.call(admin, slug(), { contactId: target.id, name, language: "en", roles: [] }, { locale: "fr" })).toEqual({
        ok: false,
        code: "INVALID",
        fieldErrors: { name: [fr] },
      });
    }
    const order = await createOrder(org.organization.id, target.id);
    const reassign = await disableAndReassignContact.call(admin, slug(), {
      contactId: target.id,
      orderIds: [order.id],
      replacement: "new",
      replacementName: "Bob\u0000",
      replacementEmail: `r-${uid()}@x.test`,
    });
    expect(reassign).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: { replacementName: ["Remove the invisible control characters from this text."] },
    });
    // A NUL byte in an id or a search is refused before any query (PostgreSQL cannot store it), in any field, with the same words.
    expect(await updateContact.call(admin, slug(), { contactId: "a\u0000b", name: "Ann", language: "en", roles: [] })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { contactId: ["Remove the invisible control characters from this text."] },
    });
    expect(await suggestReplacementContacts.call(admin, slug(), { q: "an\u0000n" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { q: ["Remove the invisible control characters from this text."] },
    });
    await db.order.delete({ where: { id: order.id } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("edit roles", () => {
  it("replaces the roles and updates name, language and search text", async () => {
    const contact = await createContact(org.organization.id, { name: "Before", roles: ["NEW_QUOTES", "DATA_PROTECTION"] });
    const result = await updateContact.call(admin, slug(), {
      contactId: contact.id,
      name: "Éric After",
      language: "fr",
      roles: ["DATA_PROTECTION", "PRIMARY_TECHNICAL"],
    });
    expect(result.ok).toBe(true);
    const after = await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { roles: true } });
    expect(after).toMatchObject({ name: "Éric After", language: "fr", searchText: `eric after ${contact.email}`, email: contact.email });
    expect(after.roles.map((r) => r.role).sort()).toEqual(["DATA_PROTECTION", "PRIMARY_TECHNICAL"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.updated" } });
    expect(audit.metadata).toMatchObject({ rolesAdded: ["PRIMARY_TECHNICAL"], rolesRemoved: ["NEW_QUOTES"] });
  });

  it("a foreign contact id is not found and nothing changes", async () => {
    const foreign = await createContact(other.organization.id, { name: "Foreign", roles: ["NEW_QUOTES"] });
    const before = await snapshot();
    const result = await updateContact.call(admin, slug(), { contactId: foreign.id, name: "Hijack", language: "en", roles: [] });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", formError: "This contact does not exist." });
    expect(await disableContact.call(admin, slug(), { contactId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await listContactOrders.call(admin, slug(), { contactId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("disable and enable", () => {
  it("disables a contact without orders, switches its roles off (kept for Enable), keeps its organization role; Enable offers them and gives back those ticked", async () => {
    const user = await createUser();
    await db.membership.create({ data: { organizationId: org.organization.id, userId: user.id, role: "BILLING_ADMIN" } });
    const contact = await createContact(org.organization.id, {
      email: user.email,
      userId: user.id,
      roles: ["PRIMARY_BILLING", "UNPAID_INVOICES"],
    });
    expect(await disableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: true });
    const disabled = await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { roles: true } });
    expect(disabled.status).toBe("DISABLED");
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.roles).toEqual([]);
    expect(await db.membership.findFirstOrThrow({ where: { userId: user.id, organizationId: org.organization.id } })).toMatchObject({
      role: "BILLING_ADMIN",
      status: "ACTIVE",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.disabled" } });
    expect(audit.metadata).toMatchObject({ rolesSwitchedOff: ["PRIMARY_BILLING", "UNPAID_INVOICES"] });
    expect(await disableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: false, code: "ALREADY_DISABLED" });
    expect(disabled.disabledRoles).toEqual(["PRIMARY_BILLING", "UNPAID_INVOICES"]);

    // The dialog offers the roles it had, in the form's order, and no order was handed over.
    expect(await describeEnable.call(admin, slug(), { contactId: contact.id })).toEqual({
      ok: true,
      data: { roles: ["PRIMARY_BILLING", "UNPAID_INVOICES"], reassignedOrders: [] },
    });
    // The admin keeps one, adds another.
    expect(await enableContact.call(admin, slug(), { contactId: contact.id, roles: ["PRIMARY_BILLING", "NEW_QUOTES"] })).toMatchObject({
      ok: true,
      data: { roles: ["PRIMARY_BILLING", "NEW_QUOTES"] },
    });
    const enabled = await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { roles: { orderBy: { role: "asc" } } } });
    expect(enabled).toMatchObject({ status: "ACTIVE", disabledAt: null, disabledRoles: [], reassignedOrderIds: [] });
    expect(enabled.roles.map((r) => r.role).sort()).toEqual(["NEW_QUOTES", "PRIMARY_BILLING"]);
    const enabledAudit = await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.enabled" } });
    expect(enabledAudit.metadata).toEqual({
      roles: ["PRIMARY_BILLING", "NEW_QUOTES"],
      rolesWhenDisabled: ["PRIMARY_BILLING", "UNPAID_INVOICES"],
    });
    expect(await enableContact.call(admin, slug(), { contactId: contact.id, roles: [] })).toMatchObject({
      ok: false,
      code: "NOT_DISABLED",
    });
    expect(await describeEnable.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: false, code: "NOT_DISABLED" });

    // Enabling with nothing ticked is allowed: an active contact with no role.
    await disableContact.call(admin, slug(), { contactId: contact.id });
    expect(await enableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: true, data: { roles: [] } });
    expect(await db.contactRole.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("after Disable & Reassign, Enable offers the roles and says which orders stay with their new holder; an unknown role is refused, writing nothing", async () => {
    const contact = await createContact(org.organization.id, { name: "Returning Person", roles: ["PRIMARY_LICENSEE", "SECURITY_PRIVACY"] });
    const billing = await createContact(org.organization.id, { name: "Billing Keeper" });
    const order = await createOrder(org.organization.id, contact.id, billing.id);
    const successor = await createContact(org.organization.id, { name: "Successor Person" });
    expect(
      await disableAndReassignContact.call(admin, slug(), {
        contactId: contact.id,
        orderIds: [order.id],
        replacement: "existing",
        replacementEmail: successor.email,
      }),
    ).toMatchObject({ ok: true });
    expect(await describeEnable.call(admin, slug(), { contactId: contact.id })).toEqual({
      ok: true,
      data: {
        roles: ["PRIMARY_LICENSEE", "SECURITY_PRIVACY"],
        reassignedOrders: [{ number: order.number, licensee: "Successor Person", billing: "Billing Keeper" }],
      },
    });
    const before = await snapshot();
    expect(await enableContact.call(admin, slug(), { contactId: contact.id, roles: ["PRIMARY_LICENSEE", "OWNER"] })).toMatchObject({
      ok: false,
      fieldErrors: { roles: ["Unknown role."] },
    });
    expect(await snapshot()).toEqual(before);
    expect(
      await enableContact.call(admin, slug(), { contactId: contact.id, roles: ["PRIMARY_LICENSEE", "SECURITY_PRIVACY"] }),
    ).toMatchObject({ ok: true });
    // The order roles stay where they went.
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      licenseeContactId: successor.id,
      billingContactId: billing.id,
    });
    expect((await db.contactRole.findMany({ where: { contactId: contact.id } })).map((r) => r.role).sort()).toEqual([
      "PRIMARY_LICENSEE",
      "SECURITY_PRIVACY",
    ]);
  });

  it("a disabled contact's roles change only through Enable: Edit is refused (localized, next to the form, nothing written), and Enable sets exactly the roles confirmed", async () => {
    const contact = await createContact(org.organization.id, { name: "Paused Person", roles: ["PRIMARY_BILLING"] });
    expect(await disableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: true });
    const before = await snapshot();
    const edit = { contactId: contact.id, name: "Renamed", language: "fr", roles: ["PRIMARY_TECHNICAL", "NEW_QUOTES"] };
    expect(await updateContact.call(admin, slug(), edit)).toEqual({
      ok: false,
      code: "CONTACT_DISABLED",
      formError: "This contact is disabled: its roles change only when you enable it. Use Enable and tick its roles there.",
    });
    expect(await updateContact.call(admin, slug(), edit, { locale: "fr" })).toMatchObject({
      ok: false,
      code: "CONTACT_DISABLED",
      formError: expect.stringContaining("Ce contact est désactivé"),
    });
    expect(await snapshot()).toEqual(before);

    // Role rows left on a disabled contact (as an earlier Edit could write them) do not survive Enable.
    await db.contactRole.create({ data: { organizationId: org.organization.id, contactId: contact.id, role: "PRIMARY_TECHNICAL" } });
    expect(await enableContact.call(admin, slug(), { contactId: contact.id, roles: ["UNPAID_INVOICES"] })).toMatchObject({
      ok: true,
      data: { roles: ["UNPAID_INVOICES"] },
    });
    expect((await db.contactRole.findMany({ where: { contactId: contact.id } })).map((r) => r.role)).toEqual(["UNPAID_INVOICES"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: contact.id, action: "contact.enabled" } });
    expect(audit.metadata).toMatchObject({
      roles: ["UNPAID_INVOICES"],
      rolesWhenDisabled: ["PRIMARY_BILLING"],
      rolesRemoved: ["PRIMARY_TECHNICAL"],
    });
    // Active again: Edit works as before.
    expect(await updateContact.call(admin, slug(), edit)).toMatchObject({ ok: true });
  });

  it("refuses plain Disable for a contact holding order roles", async () => {
    const contact = await createContact(org.organization.id);
    await createOrder(org.organization.id, contact.id);
    expect(await disableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: false, code: "HAS_ORDERS" });
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).status).toBe("ACTIVE");
  });
});

describe("disable & reassign", () => {
  async function contactWithTwoOrders() {
    const contact = await createContact(org.organization.id, { name: "Leaving Person", roles: ["PRIMARY_LICENSEE"] });
    const billingElsewhere = await createContact(org.organization.id);
    const first = await createOrder(org.organization.id, contact.id); // licensee and billing
    const second = await createOrder(org.organization.id, contact.id, billingElsewhere.id); // licensee only
    return { contact, billingElsewhere, orders: [first, second] };
  }

  it("moves the order roles to a new person (added with no role, notified in their language), disables the contact, audits, in one go", async () => {
    const { contact, billingElsewhere, orders } = await contactWithTwoOrders();
    const email = `newbie-${uid()}@anywhere.test`;
    const result = await disableAndReassignContact.call(admin, slug(), {
      contactId: contact.id,
      orderIds: orders.map((o) => o.id),
      replacement: "new",
      replacementName: "Nouvelle Personne",
      replacementEmail: email,
      replacementLanguage: "fr",
    });
    expect(result).toMatchObject({ ok: true, data: { orders: 2, replacement: { email, created: true } } });
    const replacement = await db.contact.findFirstOrThrow({
      where: { organizationId: org.organization.id, email },
      include: { roles: true },
    });
    expect(replacement).toMatchObject({ name: "Nouvelle Personne", status: "ACTIVE", source: "REASSIGNMENT", language: "fr", roles: [] });
    const moved = await db.order.findMany({ where: { id: { in: orders.map((o) => o.id) } }, orderBy: { placedAt: "asc" } });
    expect(moved.find((o) => o.id === orders[0].id)).toMatchObject({ licenseeContactId: replacement.id, billingContactId: replacement.id });
    expect(moved.find((o) => o.id === orders[1].id)).toMatchObject({
      licenseeContactId: replacement.id,
      billingContactId: billingElsewhere.id,
    });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { roles: true } })).toMatchObject({
      status: "DISABLED",
      roles: [],
    });
    const email1 = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: email } });
    expect(email1).toMatchObject({ template: "orders-reassigned", locale: "fr", status: "PENDING" });
    expect(email1.subject).toContain("Vous êtes désormais contact");
    const content = await renderedOutboxEmail(email1.id);
    expect(content.text).toContain(orders[0].number);
    expect(content.text).toContain("Leaving Person");
    expect(await db.auditEvent.count({ where: { action: "order.contact_reassigned", targetId: { in: orders.map((o) => o.id) } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "contact.disabled", targetId: contact.id } })).toBe(1);
  });

  it("moves them to an existing active contact", async () => {
    const { contact, orders } = await contactWithTwoOrders();
    const successor = await createContact(org.organization.id, { language: "en" });
    const result = await disableAndReassignContact.call(admin, slug(), {
      contactId: contact.id,
      orderIds: orders.map((o) => o.id),
      replacement: "existing",
      replacementEmail: successor.email.toUpperCase(),
    });
    expect(result).toMatchObject({ ok: true, data: { replacement: { id: successor.id, created: false } } });
    expect(await db.order.count({ where: { licenseeContactId: successor.id } })).toBe(2);
    expect((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: successor.email } })).locale).toBe("en");
  });

  it("refuses a bad replacement or stale orders and writes nothing", async () => {
    const { contact, orders } = await contactWithTwoOrders();
    const disabledOne = await createContact(org.organization.id, { status: "DISABLED" });
    const existing = await createContact(org.organization.id);
    const foreign = await createContact(other.organization.id);
    const foreignOrder = await createOrder(other.organization.id, foreign.id);
    const ids = orders.map((o) => o.id);
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ replacement: "existing", replacementEmail: `nobody-${uid()}@x.test` }, "replacementEmail", "No active contact has this email"],
      [{ replacement: "existing", replacementEmail: disabledOne.email }, "replacementEmail", "This contact is disabled"],
      [{ replacement: "existing", replacementEmail: contact.email }, "replacementEmail", "Choose someone other"],
      [{ replacement: "existing", replacementEmail: foreign.email }, "replacementEmail", "No active contact has this email"],
      [{ replacement: "new", replacementName: "Dup", replacementEmail: existing.email }, "replacementEmail", "already a contact"],
      [{ replacement: "new", replacementName: "x".repeat(200), replacementEmail: "bad" }, "replacementName", "At most 120 characters."],
      [
        { replacement: "existing", replacementEmail: existing.email, orderIds: [...ids, foreignOrder.id] },
        "orderIds",
        "not the orders of this contact",
      ],
      [{ replacement: "existing", replacementEmail: existing.email, orderIds: [ids[0]] }, "orderIds", "not the orders of this contact"],
    ];
    for (const [input, field, message] of cases) {
      const result = await disableAndReassignContact.call(admin, slug(), { contactId: contact.id, orderIds: ids, ...input });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.fieldErrors?.[field]?.join(" ")).toContain(message);
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.order.findUniqueOrThrow({ where: { id: foreignOrder.id } })).toMatchObject({ licenseeContactId: foreign.id });
  });

  it("lists the contact's orders for the dialog, and suggests active contacts only", async () => {
    const { contact, orders } = await contactWithTwoOrders();
    const listed = await listContactOrders.call(admin, slug(), { contactId: contact.id });
    expect(listed.ok && listed.data.map((o) => o.id).sort()).toEqual(orders.map((o) => o.id).sort());
    const name = `Suggest${uid()}`;
    await createContact(org.organization.id, { name: `${name} Active` });
    await createContact(org.organization.id, { name: `${name} Gone`, status: "DISABLED" });
    const suggested = await suggestReplacementContacts.call(admin, slug(), { q: name.toLowerCase() });
    expect(suggested.ok && suggested.data.map((c) => c.name)).toEqual([`${name} Active`]);
  });

  it("two concurrent Disable & Reassign of the same contact: one wins, the other is told it is already disabled", async () => {
    const { contact, orders } = await contactWithTwoOrders();
    const input = (n: number) => ({
      contactId: contact.id,
      orderIds: orders.map((o) => o.id),
      replacement: "new",
      replacementName: `R${n}`,
      replacementEmail: `race-${n}-${uid()}@x.test`,
    });
    const results = await Promise.all([
      disableAndReassignContact.call(admin, slug(), input(1)),
      disableAndReassignContact.call(admin, slug(), input(2)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "ALREADY_DISABLED" });
    expect(
      await db.emailOutbox.count({
        where: { template: "orders-reassigned", props: { path: ["orders"], array_contains: [{ number: orders[0].number }] } },
      }),
    ).toBe(1);
  });
});

describe("what disabling means for email and concurrent edits", () => {
  it("cancels the contact's notifications still waiting in the outbox, and only those", async () => {
    const contact = await createContact(org.organization.id);
    const base = { organizationId: org.organization.id, toEmail: contact.email, locale: "en" as const, subject: "s", html: "h", text: "t" };
    const notification = await db.emailOutbox.create({ data: { ...base, template: "orders-reassigned" } });
    const invitation = await db.emailOutbox.create({ data: { ...base, template: "contact-invitation" } });
    const elsewhere = await db.emailOutbox.create({
      data: { ...base, organizationId: other.organization.id, template: "orders-reassigned" },
    });
    expect(await disableContact.call(admin, slug(), { contactId: contact.id })).toMatchObject({ ok: true });
    const statuses = await db.emailOutbox.findMany({
      where: { id: { in: [notification.id, invitation.id, elsewhere.id] } },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [notification.id]: "CANCELLED",
      [invitation.id]: "PENDING",
      [elsewhere.id]: "PENDING",
    });
  });

  it("two admins editing the same contact at once both succeed, one after the other", async () => {
    const contact = await createContact(org.organization.id, { roles: ["NEW_QUOTES"] });
    const results = await Promise.all([
      updateContact.call(admin, slug(), {
        contactId: contact.id,
        name: "One",
        language: "en",
        roles: ["PRIMARY_BILLING", "DATA_PROTECTION"],
      }),
      updateContact.call(admin, slug(), {
        contactId: contact.id,
        name: "Two",
        language: "en",
        roles: ["PRIMARY_BILLING", "SECURITY_PRIVACY"],
      }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const roles = (await db.contactRole.findMany({ where: { contactId: contact.id } })).map((r) => r.role).sort();
    expect([
      ["DATA_PROTECTION", "PRIMARY_BILLING"],
      ["PRIMARY_BILLING", "SECURITY_PRIVACY"],
    ]).toContainEqual(roles);
  });

  it("a replacement disabled by someone else in the meantime is refused", async () => {
    const leaving = await createContact(org.organization.id);
    const order = await createOrder(org.organization.id, leaving.id);
    const successor = await createContact(org.organization.id);
    await disableContact.call(admin, slug(), { contactId: successor.id });
    const result = await disableAndReassignContact.call(admin, slug(), {
      contactId: leaving.id,
      orderIds: [order.id],
      replacement: "existing",
      replacementEmail: successor.email,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { replacementEmail: [expect.stringContaining("This contact is disabled")] } });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ licenseeContactId: leaving.id });
  });
});
