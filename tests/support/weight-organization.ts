// An organization whose every list page has `rows` rows of the demo's variety, to weigh the
// pages (tests/e2e/page-weight.spec.ts, bench/page-weight.ts): contacts with roles, phones
// and orders; users, one in seven pending with their invitation, each in two workspaces;
// workspaces; one workspace's contacts; orders with their invoice, license (with seats
// assigned) and line; quotes; verified and pending domains; delivered and failed emails.
// Written straight into the database, in one transaction; ids look like the app's (cuid).
import type pg from "pg";

const FIRST = [
  "Sarah",
  "Thomas",
  "Camille",
  "Nicolas",
  "Priya",
  "Mathieu",
  "Laura",
  "Julien",
  "Zoé",
  "Michael",
  "Anna",
  "Hugo",
  "Robert",
  "Emily",
  "Antoine",
  "Grace",
  "Chloé",
  "Élise",
  "Kevin",
  "Benoît",
];
const LAST = [
  "Johnson",
  "Laurent",
  "Fournier",
  "Girard",
  "Patel",
  "Roux",
  "Smith",
  "Mercier",
  "Lambert",
  "Turner",
  "Kowalski",
  "Blanc",
  "Miller",
  "Davis",
  "Bonnet",
  "Lee",
  "Faure",
  "Perrin",
  "Nguyen",
  "Lefèvre",
];
const CONTACT_ROLES = [
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
  "UNPAID_INVOICES",
  "NEW_QUOTES",
  "SECURITY_PRIVACY",
  "DATA_PROTECTION",
];

/** Every list's rows carry a numbered label, so a page's rows can be counted (LIST_ROW_LABELS). */
export const LIST_ROW_LABELS = {
  contacts: /Person \d{4}/g,
  users: /User \d{4}/g,
  workspaces: /Workspace \d{4}/g,
  workspaceContacts: /Client \d{4}/g,
  orders: /ORD-\d{4}/g,
  invoices: /INV-\d{4}/g,
  quotes: /Q-\d{4}/g,
  licenses: /KEY-\d{4}/g,
  domains: /host-\d{4}\.weight\.test/g,
  emails: /Mail \d{4}/g,
} as const;

export type WeightOrganization = { id: string; slug: string; workspaceId: string };

/** A cuid-like id: 25 characters that do not compress, as the app's own. */
const CUID = `'c' || substr(md5(random()::text), 1, 12) || substr(md5(random()::text), 1, 12)`;
const pad = (n: string) => `lpad(${n}::text, 4, '0')`;

/** Creates the organization `slug` (name `name`) with `rows` rows in every list, `adminUserId` its ORG_ADMIN. */
export async function createWeightOrganization(
  client: pg.ClientBase,
  options: { slug: string; name: string; rows: number; adminUserId: string },
): Promise<WeightOrganization> {
  const { slug, name, rows, adminUserId } = options;
  const people = (alias: string) =>
    `(SELECT (ARRAY[${FIRST.map((f) => `'${f}'`).join(",")}])[1 + (${alias}) % ${FIRST.length}] || ' ' || (ARRAY[${LAST.map((l) => `'${l}'`).join(",")}])[1 + ((${alias}) * 7) % ${LAST.length}])`;
  await client.query("BEGIN");
  try {
    const {
      rows: [organization],
    } = await client.query<{ id: string }>(
      `INSERT INTO "Organization" (id, name, slug, "legalName", "addressLine1", "postalCode", city, country, "updatedAt")
       VALUES (${CUID}, $1, $2, $1, '12 rue des Lilas', '69003', 'Lyon', 'FR', now()) RETURNING id`,
      [name, slug],
    );
    const org = organization.id;
    await client.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "lastActiveAt", "updatedAt") VALUES (${CUID}, $1, $2, 'ORG_ADMIN', 'ACTIVE', now(), now())`,
      [org, adminUserId],
    );

    // Contacts "Person 0001 (Sarah Johnson)": one in seventeen disabled, one in eleven invited; up to two roles each.
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, phone, language, status, source, "searchText", "createdAt", "updatedAt")
       SELECT ${CUID}, $1, 'Person ' || ${pad("n")} || ' ' || ${people("n")}, 'person.' || n || '@' || $2 || '.test',
              CASE WHEN n % 3 = 0 THEN '+33 6 12 34 ' || lpad((n % 100)::text, 2, '0') || ' 78' END, (CASE WHEN n % 2 = 0 THEN 'fr' ELSE 'en' END)::"Locale",
              (CASE WHEN n % 17 = 0 THEN 'DISABLED' WHEN n % 11 = 0 THEN 'INVITED' ELSE 'ACTIVE' END)::"ContactStatus", 'DIRECT',
              lower('Person ' || ${pad("n")} || ' ' || ${people("n")} || ' person.' || n || '@' || $2 || '.test'), now() - n * interval '1 minute', now()
       FROM generate_series(1, $3::int) n`,
      [org, slug, rows],
    );
    await client.query(
      `INSERT INTO "ContactRole" ("organizationId", "contactId", role)
       SELECT $1, c.id, (ARRAY[${CONTACT_ROLES.map((r) => `'${r}'`).join(",")}])[1 + (n + k * 3) % ${CONTACT_ROLES.length}]::"ContactRoleType"
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM "Contact" WHERE "organizationId" = $1 AND status <> 'DISABLED') c, generate_series(0, 1) k
       WHERE (n + k) % 3 <> 0`,
      [org],
    );

    // Users "User 0001 (…)": one in five a user admin, one in seven pending with their invitation.
    await client.query(
      `WITH u AS (
         INSERT INTO "User" (id, email, name, locale, "updatedAt")
         SELECT ${CUID}, 'user.' || n || '@' || $2 || '.test', 'User ' || ${pad("n")} || ' ' || ${people("n + 3")}, 'en', now() FROM generate_series(1, $3::int) n
         RETURNING id, email)
       INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "lastActiveAt", "updatedAt")
       SELECT ${CUID}, $1, u.id, (CASE WHEN n % 5 = 0 THEN 'USER_ADMIN' ELSE 'MEMBER' END)::"OrgRole",
              (CASE WHEN n % 7 = 0 THEN 'PENDING' ELSE 'ACTIVE' END)::"MembershipStatus", CASE WHEN n % 7 = 0 THEN NULL ELSE now() - n * interval '3 hours' END, now()
       FROM (SELECT id, email, substring(email from 'user\\.(\\d+)@')::int AS n FROM u) u`,
      [org, slug, rows],
    );
    await client.query(
      `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "orgRole", "contactRoles", "workspaceIds", "expiresAt", "createdByUserId", "lastSentAt")
       SELECT ${CUID}, $1, 'USER', md5(random()::text) || md5(random()::text), u.email, m.role, '{}', '{}', now() + interval '6 days', $2, now()
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."organizationId" = $1 AND m.status = 'PENDING'`,
      [org, adminUserId],
    );

    // Workspaces "Workspace 0001 (Lyon)"; each user in two of them; the first one's contacts "Client 0001".
    await client.query(
      `INSERT INTO "Workspace" (id, "organizationId", name, "updatedAt")
       SELECT ${CUID}, $1, 'Workspace ' || ${pad("n")} || ' ' || (ARRAY['Lyon','Paris','Berlin','Madrid','London'])[1 + n % 5], now() FROM generate_series(1, $2::int) n`,
      [org, rows],
    );
    await client.query(
      `INSERT INTO "WorkspaceAssignment" ("organizationId", "workspaceId", "membershipId")
       SELECT DISTINCT $1, w.id, m.id
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Membership" WHERE "organizationId" = $1 AND role <> 'ORG_ADMIN') m
       JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM "Workspace" WHERE "organizationId" = $1) w ON w.n IN (1 + m.n % $2::int, 1 + (m.n + 1) % $2::int)`,
      [org, rows],
    );
    const {
      rows: [workspace],
    } = await client.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE "organizationId" = $1 ORDER BY name LIMIT 1`, [org]);
    await client.query(
      `INSERT INTO "WorkspaceContact" (id, "organizationId", "workspaceId", name, email, phone, "assignedUserId", "updatedAt")
       SELECT ${CUID}, $1, $2, 'Client ' || ${pad("n")} || ' ' || ${people("n + 5")}, 'client.' || n || '@customer-' || (n % 7) || '.test',
              CASE WHEN n % 2 = 0 THEN '+33 1 23 45 ' || lpad((n % 100)::text, 2, '0') || ' 89' END,
              CASE WHEN n % 3 = 0 THEN (SELECT "userId" FROM "WorkspaceAssignment" a JOIN "Membership" m ON m.id = a."membershipId" WHERE a."workspaceId" = $2 LIMIT 1) END, now()
       FROM generate_series(1, $3::int) n`,
      [org, workspace.id, rows],
    );

    // Orders "ORD-0001", each with its line, its invoice "INV-0001" (one in four paid, one in five overdue) and its license "KEY-0001" with
    // seats assigned.
    await client.query(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM "Contact" WHERE "organizationId" = $1 AND status = 'ACTIVE'),
       n AS (SELECT n FROM generate_series(1, $2::int) n),
       o AS (
         INSERT INTO "Order" (id, "organizationId", number, channel, status, "placedAt", "licenseeContactId", "billingContactId", "totalCents", "updatedAt")
         SELECT ${CUID}, $1, 'ORD-' || ${pad("n.n")}, (CASE WHEN n.n % 4 = 0 THEN 'SALES_REP' ELSE 'ONLINE' END)::"OrderChannel", 'PLACED',
                now() - n.n * interval '1 day', l.id, b.id, 120000 + n.n * 1700, now()
         FROM n JOIN c l ON l.n = 1 + n.n % (SELECT count(*) FROM c) JOIN c b ON b.n = 1 + (n.n * 3) % (SELECT count(*) FROM c)
         RETURNING id, number, "totalCents", "placedAt"),
       line AS (
         INSERT INTO "OrderLineItem" (id, "organizationId", "orderId", product, plan, quantity, "unitPriceCents")
         SELECT ${CUID}, $1, o.id, 'Roster Cloud', 'Business', 10, o."totalCents" / 10 FROM o),
       i AS (
         INSERT INTO "Invoice" (id, "organizationId", "orderId", number, "amountCents", "issuedAt", "dueAt", status, "paidAt")
         SELECT ${CUID}, $1, o.id, 'INV-' || substr(o.number, 5), o."totalCents", o."placedAt",
                o."placedAt" + interval '30 days' - CASE WHEN substr(o.number, 5)::int % 5 = 0 THEN interval '60 days' ELSE interval '0 days' END,
                (CASE WHEN substr(o.number, 5)::int % 4 = 0 THEN 'PAID' ELSE 'OPEN' END)::"InvoiceStatus",
                CASE WHEN substr(o.number, 5)::int % 4 = 0 THEN o."placedAt" + interval '3 days' END
         FROM o)
       INSERT INTO "License" (id, "organizationId", "orderId", product, "licenseKey", seats, "validUntil", "createdAt")
       SELECT ${CUID}, $1, o.id, 'Roster Cloud', 'KEY-' || substr(o.number, 5) || '-' || upper(substr(md5(random()::text), 1, 15)), 10,
              o."placedAt" + interval '1 year', o."placedAt" FROM o`,
      [org, rows],
    );
    await client.query(
      `INSERT INTO "LicenseAssignment" (id, "organizationId", "licenseId", email, "assignedByUserId")
       SELECT ${CUID}, $1, l.id, 'seat.' || k || '.' || substr(l."licenseKey", 5, 4) || '@' || $2 || '.test', $3
       FROM "License" l, generate_series(1, 2) k WHERE l."organizationId" = $1`,
      [org, slug, adminUserId],
    );

    // Quotes "Q-0001", requested by the admin.
    await client.query(
      `INSERT INTO "Quote" (id, "organizationId", number, "requestedByUserId", items, "amountCents", "validUntil", status, note, "createdAt")
       SELECT ${CUID}, $1, 'Q-' || ${pad("n")}, $2, '[{"product":"Roster Cloud","plan":"Business","quantity":10,"unitPriceCents":12000}]', 120000 + n * 900,
              now() + interval '30 days' - n * interval '1 day', (CASE WHEN n % 3 = 0 THEN 'SENT' ELSE 'REQUESTED' END)::"QuoteStatus", 'Seats for the new office.', now() - n * interval '1 day'
       FROM generate_series(1, $3::int) n`,
      [org, adminUserId, rows],
    );

    // Domains "host-0001.weight.test": two in three verified, the others pending or failed.
    await client.query(
      `INSERT INTO "VerifiedDomain" (id, "organizationId", domain, token, status, "verifiedAt", "lastCheckedAt", "lastError", "createdAt")
       SELECT ${CUID}, $1, 'host-' || ${pad("n")} || '.weight.test', md5(random()::text),
              (CASE WHEN n % 3 <> 0 THEN 'VERIFIED' WHEN n % 2 = 0 THEN 'PENDING' ELSE 'FAILED' END)::"DomainStatus",
              CASE WHEN n % 3 <> 0 THEN now() - n * interval '1 hour' END, now() - n * interval '1 hour',
              CASE WHEN n % 3 = 0 AND n % 2 = 1 THEN 'domains.check.noRecord' END, now() - n * interval '1 hour'
       FROM generate_series(1, $2::int) n`,
      [org, rows],
    );

    // Emails "Mail 0001 …", finished (the mail worker leaves them alone): one in six failed.
    await client.query(
      `INSERT INTO "EmailOutbox" (id, "organizationId", template, "toEmail", "toName", subject, props, status, attempts, "lastError", "sentAt", "createdAt", "nextAttemptAt")
       SELECT ${CUID}, $1, 'invoice', 'person.' || n || '@' || $2 || '.test', ${people("n")}, 'Mail ' || ${pad("n")} || ': invoice INV-' || ${pad("n")} || ' for ' || $3,
              '{}', (CASE WHEN n % 6 = 0 THEN 'FAILED' ELSE 'SENT' END)::"EmailStatus", CASE WHEN n % 6 = 0 THEN 12 ELSE 1 END,
              CASE WHEN n % 6 = 0 THEN '550 5.1.1 mailbox unavailable' END, CASE WHEN n % 6 <> 0 THEN now() - n * interval '1 hour' END,
              now() - n * interval '1 hour', now() - n * interval '1 hour'
       FROM generate_series(1, $4::int) n`,
      [org, slug, name, rows],
    );
    await client.query("COMMIT");
    return { id: org, slug, workspaceId: workspace.id };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
