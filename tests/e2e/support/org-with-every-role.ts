// An organization of its own for tests that visit pages as each kind of person: one signed-in
// user per organization role, a PRIMARY_BILLING contact, an order's LICENSEE and a member of
// another organization, each with a session cookie (rows written straight into the app's
// database, as Auth.js writes them after the emailed link: the sign-in flow itself has its
// own tests). It holds `contacts` contacts, a verified domain, a pending invitation, a
// workspace, an order and a few delivered emails, so that every page has something to list.
import { randomBytes } from "node:crypto";
import { tokenHash } from "@/lib/crypto/token-hash";
import { withAppDatabase } from "./database";

export const PEOPLE = [
  "ORG_ADMIN",
  "BILLING_ADMIN",
  "USER_ADMIN",
  "MEMBER",
  "PRIMARY_BILLING_CONTACT",
  "ORDER_LICENSEE",
  "OUTSIDER",
] as const;
export type Person = (typeof PEOPLE)[number];

export type OrgWithEveryRole = {
  slug: string;
  organizationId: string;
  /** The Cookie header of each person's session. */
  cookies: Record<Person, string>;
  /** Membership ids of the organization roles (last active is written on them). */
  memberships: Partial<Record<Person, string>>;
  /** Each person's user id (a person's access page). */
  userIds: Record<Person, string>;
  /** An order (the ORDER_LICENSEE's; the PRIMARY_BILLING contact is its billing contact) with a license and its invoice, and a quote. */
  orderId: string;
  invoiceId: string;
  quoteId: string;
  /** The workspace "Sales", the MEMBER's, with a workspace contact assigned to them. */
  workspaceId: string;
};

const id = () => randomBytes(12).toString("hex");

/**
 * `users`, `workspaces`, `workspaceContacts`: more rows for the users list ("User 0001"…, one
 * in seven pending, each in two numbered workspaces), the workspaces list ("Workspace 0001"…) and the
 * Sales workspace's contacts ("Client 0001"…), so their pages can be weighed at 25 and 100 rows.
 */
export async function createOrgWithEveryRole(options: {
  contacts: number;
  users?: number;
  workspaces?: number;
  workspaceContacts?: number;
  /** Another database than the suite's (tests/integration/scale-out/two-instances.spec.ts). */
  databaseUrl?: string;
}): Promise<OrgWithEveryRole> {
  const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const slug = `every-role-${tag}`;
  return withAppDatabase(async (client) => {
    await client.query("BEGIN");
    const organizationId = id();
    const otherId = id();
    await client.query(`INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now()), ($4, $5, $6, now())`, [
      organizationId,
      `Every Role ${tag}`,
      slug,
      otherId,
      `Elsewhere ${tag}`,
      `elsewhere-${tag}`,
    ]);
    const cookies = {} as Record<Person, string>;
    const userIds = {} as Record<Person, string>;
    const memberships: Partial<Record<Person, string>> = {};
    for (const person of PEOPLE) {
      const userId = id();
      const token = randomBytes(32).toString("hex");
      userIds[person] = userId;
      cookies[person] = `authjs.session-token=${token}`;
      await client.query(`INSERT INTO "User" (id, email, name, locale, "updatedAt") VALUES ($1, $2, $3, 'en', now())`, [
        userId,
        `${person.toLowerCase()}-${tag}@every-role.test`,
        person,
      ]);
      await client.query(
        `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days')`,
        [id(), tokenHash(token), userId],
      );
      const role =
        person === "OUTSIDER" ? "ORG_ADMIN" : ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"].includes(person) ? person : null;
      if (role) {
        const membershipId = id();
        await client.query(
          `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "updatedAt") VALUES ($1, $2, $3, $4::"OrgRole", 'ACTIVE', now())`,
          [membershipId, person === "OUTSIDER" ? otherId : organizationId, userId, role],
        );
        if (person !== "OUTSIDER") memberships[person] = membershipId;
      }
    }
    // The contacts: numbered, so that pages and searches have a known content.
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "updatedAt")
       SELECT md5($2 || n::text), $1, 'Person ' || lpad(n::text, 4, '0'), 'person' || n || '@every-role.test', 'en', CASE WHEN n % 10 = 0 THEN 'DISABLED' ELSE 'ACTIVE' END::"ContactStatus", 'DIRECT',
              lower('Person ' || lpad(n::text, 4, '0') || ' person' || n || '@every-role.test'), now()
       FROM generate_series(1, $3::int) n`,
      [organizationId, tag, options.contacts],
    );
    // The contact people, linked to their users.
    const billingContact = id();
    const licenseeContact = id();
    for (const [contactId, person] of [
      [billingContact, "PRIMARY_BILLING_CONTACT"],
      [licenseeContact, "ORDER_LICENSEE"],
    ] as const) {
      const email = `${person.toLowerCase()}-${tag}@every-role.test`;
      await client.query(
        `INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "userId", "updatedAt")
         VALUES ($1, $2, $3, $4, 'en', 'ACTIVE', 'DIRECT', lower($3 || ' ' || $4), $5, now())`,
        [contactId, organizationId, person, email, userIds[person]],
      );
    }
    await client.query(`INSERT INTO "ContactRole" ("organizationId", "contactId", role) VALUES ($1, $2, 'PRIMARY_BILLING')`, [
      organizationId,
      billingContact,
    ]);
    const orderId = id();
    const invoiceId = id();
    const quoteId = id();
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [orderId, organizationId, `ER-${tag}`, licenseeContact, billingContact],
    );
    await client.query(
      `INSERT INTO "OrderLineItem" (id, "organizationId", "orderId", product, plan, quantity, "unitPriceCents") VALUES ($1, $2, $3, 'Roster Cloud', 'Team', 2, 1200)`,
      [id(), organizationId, orderId],
    );
    await client.query(
      `INSERT INTO "License" (id, "organizationId", "orderId", product, "licenseKey", seats) VALUES ($1, $2, $3, 'Roster Cloud', $4, 2)`,
      [id(), organizationId, orderId, `KEY-${tag}`],
    );
    await client.query(
      `INSERT INTO "Invoice" (id, "organizationId", "orderId", number, "amountCents", "dueAt") VALUES ($1, $2, $3, $4, 2400, now() + interval '30 days')`,
      [invoiceId, organizationId, orderId, `INV-ER-${tag}`],
    );
    await client.query(
      `INSERT INTO "Quote" (id, "organizationId", number, "requestedByUserId", items, "amountCents", "validUntil") VALUES ($1, $2, $3, $4, '[]', 0, now() + interval '30 days')`,
      [quoteId, organizationId, `Q-ER-${tag}`, userIds.ORG_ADMIN],
    );
    await client.query(
      `INSERT INTO "VerifiedDomain" (id, "organizationId", domain, token, status, "verifiedAt") VALUES ($1, $2, $3, $4, 'VERIFIED', now())`,
      [id(), organizationId, `every-role-${tag}.test`, id()],
    );
    await client.query(
      `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", "contactRoles", "workspaceIds", "expiresAt", "createdByUserId")
       VALUES ($1, $2, 'CONTACT', $3, '{NEW_QUOTES}', '{}', now() + interval '7 days', $4)`,
      [id(), organizationId, id(), userIds.ORG_ADMIN],
    );
    const workspaceId = id();
    await client.query(`INSERT INTO "Workspace" (id, "organizationId", name, "updatedAt") VALUES ($1, $2, 'Sales', now())`, [
      workspaceId,
      organizationId,
    ]);
    await client.query(`INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId") VALUES ($1, $2, $3)`, [
      organizationId,
      workspaceId,
      memberships.MEMBER,
    ]);
    await client.query(
      `INSERT INTO "WorkspaceContact" (id, "organizationId", "workspaceId", name, "assignedUserId", "updatedAt") VALUES ($1, $2, $3, 'Customer', $4, now())`,
      [id(), organizationId, workspaceId, userIds.MEMBER],
    );
    if (options.workspaces) {
      await client.query(
        `INSERT INTO "Workspace" (id, "organizationId", name, "updatedAt") SELECT md5($2 || 'w' || n::text), $1, 'Workspace ' || lpad(n::text, 4, '0'), now() FROM generate_series(1, $3::int) n`,
        [organizationId, tag, options.workspaces],
      );
    }
    if (options.users) {
      await client.query(
        `INSERT INTO "User" (id, email, name, locale, "updatedAt")
         SELECT md5($1 || 'u' || n::text), 'user' || n || '-' || $1 || '@every-role.test', 'User ' || lpad(n::text, 4, '0'), 'en', now() FROM generate_series(1, $2::int) n`,
        [tag, options.users],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "lastActiveAt", "updatedAt")
         SELECT md5($2 || 'm' || n::text), $1, md5($2 || 'u' || n::text), CASE WHEN n % 5 = 0 THEN 'USER_ADMIN' ELSE 'MEMBER' END::"OrgRole",
                CASE WHEN n % 7 = 0 THEN 'PENDING' ELSE 'ACTIVE' END::"MembershipStatus", CASE WHEN n % 7 = 0 THEN NULL ELSE now() - n * interval '1 hour' END, now()
         FROM generate_series(1, $3::int) n`,
        [organizationId, tag, options.users],
      );
      // Each in two of the numbered workspaces (when there are some; Sales keeps its one member).
      await client.query(
        `INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId")
         SELECT DISTINCT $1, md5($2 || 'w' || (1 + (n + k) % $4::int)::text), md5($2 || 'm' || n::text)
         FROM generate_series(1, $3::int) n, generate_series(0, 1) k WHERE $4::int > 0`,
        [organizationId, tag, options.users, options.workspaces ?? 0],
      );
    }
    if (options.workspaceContacts) {
      await client.query(
        `INSERT INTO "WorkspaceContact" (id, "organizationId", "workspaceId", name, email, phone, "assignedUserId", "updatedAt")
         SELECT md5($2 || 'c' || n::text), $1, $3, 'Client ' || lpad(n::text, 4, '0'), 'client' || n || '@customer.test', CASE WHEN n % 2 = 0 THEN '+33 1 23 45 67 89' END,
                CASE WHEN n % 3 = 0 THEN $5 END, now()
         FROM generate_series(1, $4::int) n`,
        [organizationId, tag, workspaceId, options.workspaceContacts, userIds.MEMBER],
      );
    }
    for (const status of ["SENT", "FAILED", "SENT"]) {
      await client.query(
        `INSERT INTO "EmailOutbox" (id, "organizationId", template, "toEmail", subject, html, text, status, attempts, "sentAt")
         VALUES ($1, $2, 'contact-invitation', $3, 'Subject', '<p>h</p>', 't', $4::"EmailStatus", 1, CASE WHEN $4 = 'SENT' THEN now() END)`,
        [id(), organizationId, `mail-${status.toLowerCase()}@every-role.test`, status],
      );
    }
    await client.query("COMMIT");
    return { slug, organizationId, cookies, memberships, userIds, orderId, invoiceId, quoteId, workspaceId };
  }, options.databaseUrl);
}
