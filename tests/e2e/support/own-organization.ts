// An organization of its own for a spec that changes what it finds (adds, edits, disables or
// deletes users, contacts, invitations, orders, domains): the demo organization `acme` stays
// as seeded for the specs that only read it, and specs run in any order, side by side.
// Written straight into the app's database, like org-with-every-role.ts; its people sign in
// through the real emailed link (support/auth.ts) at addresses of its own verified domain.
// Its name starts with "Acme", as the demo's does, so French reads "d’Acme …" in both.
import { randomBytes } from "node:crypto";
import { withAppDatabase } from "./database";

const PEOPLE = {
  admin: { name: "Alice Martin", role: "ORG_ADMIN" },
  billingAdmin: { name: "Claire Dubois", role: "BILLING_ADMIN" },
  userAdmin: { name: "Emma Wilson", role: "USER_ADMIN" },
  member: { name: "Hannah Schmidt", role: "MEMBER" },
} as const;
export type OwnPerson = keyof typeof PEOPLE;

const WORKSPACES = ["Sales", "Customer Support", "Engineering"] as const;
export type OwnWorkspace = (typeof WORKSPACES)[number];

const CONTACTS = { sarah: "Sarah Johnson", anna: "Anna Kowalski" } as const;

export type OwnOrganization = {
  id: string;
  slug: string;
  name: string;
  /** Verified, so that people on it can be added as contacts directly. */
  domain: string;
  /** One active user per organization role, English-speaking (signInByEmail picks the page's language). */
  people: Record<OwnPerson, { name: string; email: string; userId: string }>;
  /** Sales (the member's), Customer Support and Engineering. */
  workspaceIds: Record<OwnWorkspace, string>;
  /** Contacts without a role: Sarah Johnson, and Anna Kowalski, licensee and billing contact of the one order. */
  contacts: Record<keyof typeof CONTACTS, { name: string; email: string; id: string }>;
  /** The one order, with a 3-seat license, its open invoice, and a quote. */
  order: { id: string; number: string; invoiceNumber: string };
};

const id = () => randomBytes(12).toString("hex");
const emailOf = (name: string, domain: string) => `${name.toLowerCase().replace(/ /g, ".")}@${domain}`;

/** `label` names it ("Acme <label> <tag>", slug "<label>-<tag>"), so that a failure says whose it is. */
export async function createOwnOrganization(label: string): Promise<OwnOrganization> {
  const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const slug = `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag}`;
  const name = `Acme ${label} ${tag}`;
  const domain = `${slug}.test`;
  const organizationId = id();
  return withAppDatabase(async (client) => {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Organization" (id, name, slug, "defaultLocale", "updatedAt") VALUES ($1, $2, $3, 'en', now())`, [
      organizationId,
      name,
      slug,
    ]);
    await client.query(
      `INSERT INTO "VerifiedDomain" (id, "organizationId", domain, token, status, "verifiedAt") VALUES ($1, $2, $3, $4, 'VERIFIED', now())`,
      [id(), organizationId, domain, id()],
    );
    const people = {} as OwnOrganization["people"];
    const memberships = {} as Record<OwnPerson, string>;
    for (const [key, person] of Object.entries(PEOPLE) as [OwnPerson, (typeof PEOPLE)[OwnPerson]][]) {
      const userId = id();
      const email = emailOf(person.name, domain);
      memberships[key] = id();
      people[key] = { name: person.name, email, userId };
      await client.query(
        `INSERT INTO "User" (id, email, name, locale, "emailVerified", "updatedAt") VALUES ($1, $2, $3, 'en', now(), now())`,
        [userId, email, person.name],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "updatedAt")
         VALUES ($1, $2, $3, $4::"OrgRole", 'ACTIVE', now())`,
        [memberships[key], organizationId, userId, person.role],
      );
    }
    const workspaceIds = {} as OwnOrganization["workspaceIds"];
    for (const workspace of WORKSPACES) {
      workspaceIds[workspace] = id();
      await client.query(`INSERT INTO "Workspace" (id, "organizationId", name, "updatedAt") VALUES ($1, $2, $3, now())`, [
        workspaceIds[workspace],
        organizationId,
        workspace,
      ]);
    }
    await client.query(`INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId") VALUES ($1, $2, $3)`, [
      organizationId,
      workspaceIds.Sales,
      memberships.member,
    ]);
    const contacts = {} as OwnOrganization["contacts"];
    for (const [key, contactName] of Object.entries(CONTACTS) as [keyof typeof CONTACTS, string][]) {
      const contact = { name: contactName, email: emailOf(contactName, domain), id: id() };
      contacts[key] = contact;
      await client.query(
        `INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "updatedAt")
         VALUES ($1, $2, $3, $4, 'en', 'ACTIVE', 'DIRECT', lower($3 || ' ' || $4), now())`,
        [contact.id, organizationId, contact.name, contact.email],
      );
    }
    // Numbered apart from what the app numbers ("2026-0001", "INV-2026-0001"), so orders placed in a test never collide with it.
    const order = { id: id(), number: `SEED-${tag}`, invoiceNumber: `INV-SEED-${tag}` };
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "totalCents", "updatedAt")
       VALUES ($1, $2, $3, $4, $4, 28800, now())`,
      [order.id, organizationId, order.number, contacts.anna.id],
    );
    await client.query(
      `INSERT INTO "OrderLineItem" (id, "organizationId", "orderId", product, plan, quantity, "unitPriceCents")
       VALUES ($1, $2, $3, 'Roster Cloud', 'Business', 3, 9600)`,
      [id(), organizationId, order.id],
    );
    await client.query(
      `INSERT INTO "License" (id, "organizationId", "orderId", product, "licenseKey", seats) VALUES ($1, $2, $3, 'Roster Cloud', $4, 3)`,
      [id(), organizationId, order.id, `KEY-${tag}`],
    );
    await client.query(
      `INSERT INTO "Invoice" (id, "organizationId", "orderId", number, "amountCents", "dueAt")
       VALUES ($1, $2, $3, $4, 28800, now() + interval '30 days')`,
      [id(), organizationId, order.id, order.invoiceNumber],
    );
    await client.query(
      `INSERT INTO "Quote" (id, "organizationId", number, "requestedByUserId", items, "amountCents", "validUntil")
       VALUES ($1, $2, $3, $4, '[{"product":"Roster Cloud","plan":"Business","quantity":10,"unitPriceCents":9600}]', 96000,
         now() + interval '30 days')`,
      [id(), organizationId, `Q-SEED-${tag}`, people.admin.userId],
    );
    await client.query("COMMIT");
    return { id: organizationId, slug, name, domain, people, workspaceIds, contacts, order };
  });
}
