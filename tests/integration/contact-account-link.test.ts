// A contact record is linked to the account with its email (SPEC §1 Contact), whichever way
// the account came — first sign-in, Add user in another organization, the sign-in that
// accepts a contact invitation — and whichever came first, account or contact. The test
// that counts is what the person can open: org A's page their contact role grants.
import { PrismaAdapter } from "@auth/prisma-adapter";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { ActionResult } from "@/lib/actions/result";
import { loadOrgAccess } from "@/lib/auth/access";
import { onUserCreated } from "@/lib/auth/events";
import { listUserOrganizations } from "@/lib/orgs/list-user-organizations";
import { inviteUser } from "@/lib/users/invite-user";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { addContact } from "@/lib/contacts/add-contact";
import { placeOrder } from "@/lib/billing/place-order";
import { actorOf, createContact, createOrgWithRoles, uid } from "../support/factories";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>;
let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrgWithRoles("Alpha");
  b = await createOrgWithRoles("Beta");
  await db.verifiedDomain.create({
    data: { organizationId: a.organization.id, domain: "bob-corp.test", token: "t", status: "VERIFIED", verifiedAt: new Date() },
  });
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

/** The account row exactly as Auth.js's adapter inserts it on a first email sign-in. */
const adapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
async function firstSignIn(email: string) {
  return adapter.createUser!({ id: crypto.randomUUID(), email, emailVerified: new Date() });
}

/** Bob, a PRIMARY_TECHNICAL contact of org A before he has any account. */
async function bobInA() {
  const email = `bob-${uid()}@x.test`;
  const contact = await createContact(a.organization.id, { name: "Bob", email, roles: ["PRIMARY_TECHNICAL"] });
  expect(contact.userId).toBeNull();
  return { email, contact };
}

/** Bob reaches org A's licenses (what PRIMARY_TECHNICAL grants) and sees A among his organizations. */
async function expectOpensOrgA(userId: string, contactId: string) {
  expect((await db.contact.findUniqueOrThrow({ where: { id: contactId } })).userId).toBe(userId);
  const access = await loadOrgAccess(db, userId, a.organization.slug);
  expect(access).toMatchObject({ contactId, contactRoles: ["PRIMARY_TECHNICAL"], orgRole: null });
  expect(access?.can("licenses.viewAll")).toBe(true);
  expect((await listUserOrganizations(userId)).map((o) => o.slug)).toContain(a.organization.slug);
}

describe("a contact is linked to its person's account, however the account came", () => {
  it("(a) first sign-in: linked as the account row is written, not only by Auth.js's createUser event (which Auth.js runs best-effort)", async () => {
    const bob = await bobInA();
    const user = await firstSignIn(bob.email);
    // Before the event: Auth.js logs and swallows an event's error, so the link cannot wait for it.
    expect((await db.contact.findUniqueOrThrow({ where: { id: bob.contact.id } })).userId).toBe(user.id);
    await onUserCreated(user.id, "fr");
    await expectOpensOrgA(user.id, bob.contact.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", targetId: user.id } });
    expect(event.metadata).toMatchObject({ linkedContacts: 1 });
  });

  it("(b) Add user in another organization creates the account: org A's contact is linked (the email typed in any case)", async () => {
    const bob = await bobInA();
    const invited = data(
      await inviteUser.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, {
        email: bob.email.toUpperCase(),
        role: "MEMBER",
        language: "en",
      }),
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: bob.email } });
    await expectOpensOrgA(user.id, bob.contact.id);
    // Org B stays closed until he accepts.
    expect(await loadOrgAccess(db, user.id, b.organization.slug)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.invited", targetId: invited.membershipId } });
    expect(event.metadata).toMatchObject({ accountCreated: true, linkedContacts: 1 });
  });

  it("(c) the sign-in that accepts org B's contact invitation creates the account: org A's contact is linked too", async () => {
    const bob = await bobInA();
    const invitation = data(
      await createContactInvitation.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { roles: ["PRIMARY_BILLING"], language: "en" }),
    );
    const user = await firstSignIn(bob.email);
    const accepted = data(await acceptInvitation.call(actorOf(user), { token: invitation.token }));
    expect(accepted).toMatchObject({ kind: "CONTACT", hasAccess: true, created: true });
    await expectOpensOrgA(user.id, bob.contact.id);
    expect((await loadOrgAccess(db, user.id, b.organization.slug))?.can("invoices.viewAll")).toBe(true);
  });

  it("(d) a contact added after the account exists is linked at once: added directly, or by an order naming a new email", async () => {
    const email = `carol-${uid()}@bob-corp.test`;
    data(await inviteUser.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { email, role: "MEMBER", language: "en" }));
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const added = data(
      await addContact.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, {
        name: "Carol",
        email: email.toUpperCase(),
        language: "en",
        roles: ["PRIMARY_TECHNICAL"],
      }),
    );
    await expectOpensOrgA(user.id, added.id);

    // Another organization names the same person as an order's licensee: a new contact, linked, and the order opens.
    const c = await createOrgWithRoles("Gamma");
    const order = data(
      await placeOrder.call(actorOf(c.users.ORG_ADMIN), c.organization.slug, {
        lines: [{ planId: "cloud-standard", quantity: 1 }],
        currency: "EUR",
        licenseeName: "Carol",
        licenseeEmail: ` ${email.toUpperCase()} `,
      }),
    );
    const contact = await db.contact.findUniqueOrThrow({ where: { organizationId_email: { organizationId: c.organization.id, email } } });
    expect(contact).toMatchObject({ userId: user.id, source: "ORDER" });
    // The licensee is also the billing contact when no other is named.
    expect((await loadOrgAccess(db, user.id, c.organization.slug))?.orderRoles).toEqual(["LICENSEE", "BILLING"]);
    expect(await db.order.findFirstOrThrow({ where: { organizationId: c.organization.id, number: order.number } })).toMatchObject({
      licenseeContactId: contact.id,
    });
  });
});
