// Seeds the "Acme Corporation" demo organization (slug `acme`): users of every
// organization role, workspaces, contacts covering every organization-wide contact role,
// orders with licenses and invoices (exactly one overdue), quotes, domains and audit rows.
// Idempotent: does nothing when the `acme` organization already exists.
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  ContactRoleType,
  ContactSource,
  ContactStatus,
  DomainStatus,
  InvoiceStatus,
  Locale,
  MembershipStatus,
  OrderChannel,
  OrderStatus,
  OrgRole,
  QuoteStatus,
  type PrismaClient,
} from "@/lib/db/generated/client";
import { contactSearchText, normalizeEmail } from "@/lib/contacts/search-text";
import { createOrderRecords, INVOICE_DUE_DAYS } from "@/lib/billing/create-order-records";
import { nextNumber } from "@/lib/billing/numbers";

export const DEMO_ADMIN_EMAIL = "admin@acme.test";
export const DEMO_ORG_SLUG = "acme";

export type SeedDemoResult = { seeded: boolean; adminEmail: string; slug: string };

const DAY = 24 * 60 * 60 * 1000;

type DemoUser = { key: string; email: string; name: string; locale: Locale; role: OrgRole; status?: MembershipStatus };

const USERS: DemoUser[] = [
  { key: "alice", email: DEMO_ADMIN_EMAIL, name: "Alice Martin", locale: Locale.en, role: OrgRole.ORG_ADMIN },
  { key: "benoit", email: "benoit.lefevre@acme.test", name: "Benoît Lefèvre", locale: Locale.fr, role: OrgRole.ORG_ADMIN },
  { key: "claire", email: "claire.dubois@acme.test", name: "Claire Dubois", locale: Locale.fr, role: OrgRole.BILLING_ADMIN },
  { key: "david", email: "david.chen@acme.test", name: "David Chen", locale: Locale.en, role: OrgRole.BILLING_ADMIN },
  { key: "emma", email: "emma.wilson@acme.test", name: "Emma Wilson", locale: Locale.en, role: OrgRole.USER_ADMIN },
  { key: "francois", email: "francois.moreau@acme.test", name: "François Moreau", locale: Locale.fr, role: OrgRole.USER_ADMIN },
  { key: "gabriel", email: "gabriel.rousseau@acme.test", name: "Gabriel Rousseau", locale: Locale.fr, role: OrgRole.MEMBER },
  { key: "hannah", email: "hannah.schmidt@acme.test", name: "Hannah Schmidt", locale: Locale.en, role: OrgRole.MEMBER },
  { key: "ines", email: "ines.garcia@acme.test", name: "Inès García", locale: Locale.fr, role: OrgRole.MEMBER },
  { key: "jack", email: "jack.oconnor@acme.test", name: "Jack O'Connor", locale: Locale.en, role: OrgRole.MEMBER },
  {
    key: "lea",
    email: "lea.bernard@acme.test",
    name: "Léa Bernard",
    locale: Locale.fr,
    role: OrgRole.MEMBER,
    status: MembershipStatus.PENDING,
  },
];

const WORKSPACES: { name: string; members: string[] }[] = [
  { name: "Sales", members: ["benoit", "emma", "gabriel", "jack"] },
  { name: "Customer Support", members: ["francois", "hannah", "ines", "gabriel"] },
  { name: "Engineering", members: ["jack", "lea"] },
  { name: "Marketing", members: ["emma", "hannah"] },
];

const WORKSPACE_CONTACTS: { workspace: string; name: string; email: string; phone?: string; assignedTo?: string }[] = [
  { workspace: "Sales", name: "Paul Girard", email: "paul.girard@northwind.test", phone: "+33 4 72 10 20 30", assignedTo: "gabriel" },
  { workspace: "Sales", name: "Sofia Rossi", email: "sofia.rossi@contoso.test", assignedTo: "jack" },
  { workspace: "Sales", name: "Marc Petit", email: "marc.petit@fabrikam.test" },
  { workspace: "Customer Support", name: "Yuki Tanaka", email: "yuki.tanaka@globex.test", assignedTo: "hannah" },
  {
    workspace: "Customer Support",
    name: "Amélie Caron",
    email: "amelie.caron@initech.test",
    phone: "+33 1 44 55 66 77",
    assignedTo: "ines",
  },
  { workspace: "Engineering", name: "Olivia Brown", email: "olivia.brown@umbrella.test" },
  { workspace: "Engineering", name: "Lucas Moreau", email: "lucas.moreau@hooli.test", phone: "+33 5 56 00 11 22", assignedTo: "jack" },
  { workspace: "Customer Support", name: "Noah Fischer", email: "noah.fischer@stark.test" },
  { workspace: "Marketing", name: "Emma Laurent", email: "emma.laurent@wayne.test", assignedTo: "hannah" },
  { workspace: "Marketing", name: "Priya Shah", email: "priya.shah@acme-partners.test", phone: "+44 20 7946 0018" },
];

type DemoContact = {
  key: string;
  name: string;
  email: string;
  language: Locale;
  roles: ContactRoleType[];
  source: ContactSource;
  status?: ContactStatus;
  phone?: string;
  /** Links the contact to the demo user with the same email. */
  user?: string;
};

const R = ContactRoleType;
const S = ContactSource;

const CONTACTS: DemoContact[] = [
  {
    key: "alice",
    name: "Alice Martin",
    email: DEMO_ADMIN_EMAIL,
    language: Locale.en,
    roles: [R.PRIMARY_LICENSEE, R.PRIMARY_TECHNICAL, R.DATA_PROTECTION],
    source: S.DIRECT,
    phone: "+33 1 42 68 53 00",
    user: "alice",
  },
  {
    key: "benoit",
    name: "Benoît Lefèvre",
    email: "benoit.lefevre@acme.test",
    language: Locale.fr,
    roles: [],
    source: S.ADMIN_INVITATION,
    user: "benoit",
  },
  {
    key: "claire",
    name: "Claire Dubois",
    email: "claire.dubois@acme.test",
    language: Locale.fr,
    roles: [R.PRIMARY_BILLING, R.UNPAID_INVOICES],
    source: S.DIRECT,
    phone: "+33 1 42 68 53 12",
    user: "claire",
  },
  {
    key: "david",
    name: "David Chen",
    email: "david.chen@acme.test",
    language: Locale.en,
    roles: [R.PRIMARY_BILLING],
    source: S.DIRECT,
    user: "david",
  },
  {
    key: "emma",
    name: "Emma Wilson",
    email: "emma.wilson@acme.test",
    language: Locale.en,
    roles: [],
    source: S.ADMIN_INVITATION,
    user: "emma",
  },
  {
    key: "gabriel",
    name: "Gabriel Rousseau",
    email: "gabriel.rousseau@acme.test",
    language: Locale.fr,
    roles: [R.PRIMARY_TECHNICAL],
    source: S.DIRECT,
    user: "gabriel",
  },
  {
    key: "sarah",
    name: "Sarah Johnson",
    email: "sarah.johnson@acme.test",
    language: Locale.en,
    roles: [R.PRIMARY_TECHNICAL, R.SECURITY_PRIVACY],
    source: S.DIRECT,
    phone: "+33 6 12 34 56 78",
  },
  {
    key: "thomas",
    name: "Thomas Laurent",
    email: "thomas.laurent@acme.test",
    language: Locale.fr,
    roles: [R.SECURITY_PRIVACY],
    source: S.DIRECT,
  },
  {
    key: "camille",
    name: "Camille Fournier",
    email: "camille.fournier@acme.test",
    language: Locale.fr,
    roles: [R.DATA_PROTECTION],
    source: S.DIRECT,
    phone: "+33 1 42 68 53 40",
  },
  {
    key: "nicolas",
    name: "Nicolas Girard",
    email: "nicolas.girard@acme.test",
    language: Locale.fr,
    roles: [R.NEW_QUOTES],
    source: S.DIRECT,
  },
  {
    key: "priya",
    name: "Priya Patel",
    email: "priya.patel@acme.test",
    language: Locale.en,
    roles: [R.NEW_QUOTES, R.UNPAID_INVOICES],
    source: S.INVITATION,
  },
  {
    key: "mathieu",
    name: "Mathieu Roux",
    email: "mathieu.roux@acme-labs.test",
    language: Locale.fr,
    roles: [R.PRIMARY_LICENSEE],
    source: S.INVITATION,
  },
  {
    key: "laura",
    name: "Laura Smith",
    email: "laura.smith@partner-consulting.test",
    language: Locale.en,
    roles: [R.NEW_QUOTES],
    source: S.INVITATION,
    status: ContactStatus.INVITED,
  },
  {
    key: "julien",
    name: "Julien Mercier",
    email: "julien.mercier@acme.test",
    language: Locale.fr,
    roles: [],
    source: S.DIRECT,
    status: ContactStatus.DISABLED,
  },
  { key: "zoe", name: "Zoé Lambert", email: "zoe.lambert@acme.test", language: Locale.fr, roles: [], source: S.REASSIGNMENT },
  {
    key: "michael",
    name: "Michael Turner",
    email: "michael.turner@globex.test",
    language: Locale.en,
    roles: [],
    source: S.ORDER,
    phone: "+1 415 555 0134",
  },
  { key: "anna", name: "Anna Kowalski", email: "anna.kowalski@acme.test", language: Locale.en, roles: [], source: S.ORDER },
  { key: "hugo", name: "Hugo Blanc", email: "hugo.blanc@acme.test", language: Locale.fr, roles: [], source: S.ORDER },
  { key: "robert", name: "Robert Miller", email: "robert.miller@initech.test", language: Locale.en, roles: [], source: S.ORDER },
  { key: "emily", name: "Emily Davis", email: "emily.davis@acme.test", language: Locale.en, roles: [R.UNPAID_INVOICES], source: S.IMPORT },
  {
    key: "antoine",
    name: "Antoine Bonnet",
    email: "antoine.bonnet@acme.test",
    language: Locale.fr,
    roles: [R.PRIMARY_TECHNICAL],
    source: S.DIRECT,
  },
  {
    key: "grace",
    name: "Grace Lee",
    email: "grace.lee@acme.test",
    language: Locale.en,
    roles: [R.SECURITY_PRIVACY, R.DATA_PROTECTION],
    source: S.DIRECT,
  },
  {
    key: "chloe",
    name: "Chloé Faure",
    email: "chloe.faure@acme.test",
    language: Locale.fr,
    roles: [R.PRIMARY_LICENSEE, R.NEW_QUOTES],
    source: S.DIRECT,
    phone: "+33 4 78 42 11 09",
  },
  {
    key: "elise",
    name: "Élise Perrin",
    email: "elise.perrin@acme.test",
    language: Locale.fr,
    roles: [R.UNPAID_INVOICES],
    source: S.IMPORT,
  },
  { key: "kevin", name: "Kevin Nguyen", email: "kevin.nguyen@acme.test", language: Locale.en, roles: [], source: S.DIRECT },
];

/** A catalog plan (ids from the billing migration) and how many seats. */
type LineItem = { planId: keyof typeof CATALOG; quantity: number };

/** The catalog as the billing migration seeds it: names and yearly prices per seat. */
const CATALOG = {
  "cloud-standard": { product: "Roster Cloud", plan: "Standard", EUR: 6000, USD: 6500 },
  "cloud-business": { product: "Roster Cloud", plan: "Business", EUR: 9600, USD: 10400 },
  "cloud-enterprise": { product: "Roster Cloud", plan: "Enterprise", EUR: 18000, USD: 19500 },
  "analytics-addon": { product: "Roster Analytics", plan: "Add-on", EUR: 4800, USD: 5200 },
  "sso-addon": { product: "Roster SSO", plan: "Add-on", EUR: 1200, USD: 1300 },
  "support-247": { product: "Premium Support", plan: "24/7", EUR: 120000, USD: undefined },
} as const;

function priced(items: LineItem[], currency: "EUR" | "USD") {
  return items.map((item) => {
    const entry = CATALOG[item.planId];
    const unitPriceCents = entry[currency];
    if (unitPriceCents === undefined) throw new Error(`seedDemo: ${item.planId} is not sold in ${currency}`);
    return { planId: item.planId, product: entry.product, plan: entry.plan, quantity: item.quantity, unitPriceCents };
  });
}

type DemoOrder = {
  channel: OrderChannel;
  status: OrderStatus;
  daysAgo: number;
  placedBy?: string;
  licensee: string;
  billing: string;
  currency: "EUR" | "USD";
  items: LineItem[];
  invoice: "PAID" | "OPEN_NOT_DUE" | "OPEN_OVERDUE" | "VOID";
  /** Seats given to people, on the first license. */
  seats?: string[];
};

// Oldest first: numbers follow the organization's sequence, as orders placed in the app do.
const ORDERS: DemoOrder[] = [
  {
    channel: OrderChannel.ONLINE,
    status: OrderStatus.FULFILLED,
    daysAgo: 330,
    placedBy: "alice",
    licensee: "alice",
    billing: "claire",
    currency: "EUR",
    invoice: "PAID",
    items: [
      { planId: "cloud-business", quantity: 25 },
      { planId: "support-247", quantity: 1 },
    ],
    seats: ["alice", "gabriel", "sarah"],
  },
  {
    channel: OrderChannel.SALES_REP,
    status: OrderStatus.FULFILLED,
    daysAgo: 260,
    licensee: "hugo",
    billing: "hugo",
    currency: "EUR",
    invoice: "PAID",
    items: [{ planId: "analytics-addon", quantity: 10 }],
  },
  {
    channel: OrderChannel.PARTNER,
    status: OrderStatus.FULFILLED,
    daysAgo: 205,
    licensee: "michael",
    billing: "robert",
    currency: "USD",
    invoice: "PAID",
    items: [
      { planId: "cloud-standard", quantity: 15 },
      { planId: "sso-addon", quantity: 15 },
    ],
    seats: ["michael"],
  },
  {
    channel: OrderChannel.ONLINE,
    status: OrderStatus.CANCELLED,
    daysAgo: 160,
    placedBy: "david",
    licensee: "hugo",
    billing: "david",
    currency: "EUR",
    invoice: "VOID",
    items: [{ planId: "cloud-enterprise", quantity: 5 }],
  },
  {
    channel: OrderChannel.ONLINE,
    status: OrderStatus.FULFILLED,
    daysAgo: 95,
    placedBy: "claire",
    licensee: "mathieu",
    billing: "anna",
    currency: "EUR",
    invoice: "PAID",
    items: [
      { planId: "cloud-business", quantity: 10 },
      { planId: "analytics-addon", quantity: 10 },
      { planId: "sso-addon", quantity: 10 },
    ],
    seats: ["mathieu"],
  },
  {
    channel: OrderChannel.SALES_REP,
    status: OrderStatus.FULFILLED,
    daysAgo: 48,
    licensee: "zoe",
    billing: "claire",
    currency: "EUR",
    invoice: "OPEN_OVERDUE",
    items: [
      { planId: "support-247", quantity: 1 },
      { planId: "cloud-business", quantity: 5 },
    ],
  },
  {
    channel: OrderChannel.ONLINE,
    status: OrderStatus.FULFILLED,
    daysAgo: 12,
    placedBy: "alice",
    licensee: "chloe",
    billing: "chloe",
    currency: "EUR",
    invoice: "OPEN_NOT_DUE",
    items: [{ planId: "cloud-business", quantity: 8 }],
    seats: ["chloe"],
  },
  {
    channel: OrderChannel.PARTNER,
    status: OrderStatus.PLACED,
    daysAgo: 3,
    licensee: "sarah",
    billing: "anna",
    currency: "EUR",
    invoice: "OPEN_NOT_DUE",
    items: [
      { planId: "analytics-addon", quantity: 20 },
      { planId: "sso-addon", quantity: 20 },
    ],
  },
];

const QUOTES: {
  requestedBy?: string;
  requester: string;
  status: QuoteStatus;
  daysAgo: number;
  validDays: number;
  items: LineItem[];
  note?: string;
}[] = [
  {
    requestedBy: "david",
    requester: "david",
    status: QuoteStatus.EXPIRED,
    daysAgo: 75,
    validDays: 30,
    items: [{ planId: "analytics-addon", quantity: 25 }],
  },
  {
    requestedBy: "alice",
    requester: "alice",
    status: QuoteStatus.SENT,
    daysAgo: 6,
    validDays: 30,
    items: [{ planId: "cloud-enterprise", quantity: 40 }],
    note: "Enterprise for the whole company from next quarter.",
  },
  {
    requester: "nicolas",
    status: QuoteStatus.REQUESTED,
    daysAgo: 2,
    validDays: 30,
    items: [
      { planId: "support-247", quantity: 1 },
      { planId: "sso-addon", quantity: 40 },
    ],
  },
];

function pick<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seedDemo: unknown key "${key}"`);
  return value;
}

export async function seedDemo(db: PrismaClient): Promise<SeedDemoResult> {
  const result = { adminEmail: DEMO_ADMIN_EMAIL, slug: DEMO_ORG_SLUG };
  if (await db.organization.findUnique({ where: { slug: DEMO_ORG_SLUG }, select: { id: true } })) {
    return { seeded: false, ...result };
  }
  try {
    await db.$transaction(
      async (tx) => {
        const now = Date.now();
        const ago = (days: number) => new Date(now - days * DAY);
        const inDays = (days: number) => new Date(now + days * DAY);

        // Organization
        const organizationId = randomUUID();
        await tx.organization.create({
          data: {
            id: organizationId,
            name: "Acme Corporation",
            slug: DEMO_ORG_SLUG,
            legalName: "Acme Corporation SAS",
            addressLine1: "42 rue de la République",
            addressLine2: "3e étage",
            postalCode: "69002",
            city: "Lyon",
            country: "FR",
            vatId: "FR40123456789",
            planId: "cloud-business",
            createdAt: ago(400),
          },
        });

        // Users (global accounts: reuse one that already exists with the same email)
        await tx.user.createMany({
          data: USERS.map((u) => ({
            id: randomUUID(),
            email: normalizeEmail(u.email),
            name: u.name,
            locale: u.locale,
            emailVerified: u.status === MembershipStatus.PENDING ? null : ago(390),
            lastSignInAt: u.status === MembershipStatus.PENDING ? null : ago(USERS.indexOf(u) % 9),
          })),
          skipDuplicates: true,
        });
        const userRows = await tx.user.findMany({
          where: { email: { in: USERS.map((u) => normalizeEmail(u.email)) } },
          select: { id: true, email: true },
        });
        const userIdByEmail = new Map(userRows.map((u) => [u.email, u.id]));
        const userId = new Map(USERS.map((u) => [u.key, pick(userIdByEmail, normalizeEmail(u.email))]));

        // Memberships
        const membershipId = new Map(USERS.map((u) => [u.key, randomUUID()]));
        await tx.membership.createMany({
          data: USERS.map((u, i) => ({
            id: pick(membershipId, u.key),
            organizationId,
            userId: pick(userId, u.key),
            role: u.role,
            status: u.status ?? MembershipStatus.ACTIVE,
            lastActiveAt: u.status === MembershipStatus.PENDING ? null : new Date(now - (i % 9) * DAY - i * 37 * 60 * 1000),
            createdAt: u.status === MembershipStatus.PENDING ? ago(2) : ago(400 - i * 20),
          })),
        });

        // The pending member's invitation (only its hash is stored)
        await tx.invitation.create({
          data: {
            organizationId,
            kind: "USER",
            tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
            email: "lea.bernard@acme.test",
            orgRole: OrgRole.MEMBER,
            workspaceIds: [],
            language: Locale.fr,
            createdByUserId: pick(userId, "alice"),
            createdAt: ago(2),
            expiresAt: inDays(5),
            lastSentAt: ago(2),
          },
        });

        // The invitation Laura Smith (the Invited contact) was sent and has not accepted yet,
        // so the contacts page lists it as pending (only its hash is stored)
        await tx.invitation.create({
          data: {
            organizationId,
            kind: "CONTACT",
            tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
            email: "laura.smith@partner-consulting.test",
            contactRoles: [R.NEW_QUOTES],
            workspaceIds: [],
            language: Locale.en,
            createdByUserId: pick(userId, "alice"),
            createdAt: ago(3),
            expiresAt: inDays(4),
            lastSentAt: ago(3),
            sharedAt: ago(3),
          },
        });

        // Workspaces, assignments and workspace contacts
        const workspaceId = new Map(WORKSPACES.map((w) => [w.name, randomUUID()]));
        await tx.workspace.createMany({
          data: WORKSPACES.map((w, i) => ({ id: pick(workspaceId, w.name), organizationId, name: w.name, createdAt: ago(380 - i * 30) })),
        });
        await tx.workspaceAssignment.createMany({
          data: WORKSPACES.flatMap((w) =>
            w.members.map((member) => ({
              organizationId,
              workspaceId: pick(workspaceId, w.name),
              membershipId: pick(membershipId, member),
            })),
          ),
        });
        await tx.workspaceContact.createMany({
          data: WORKSPACE_CONTACTS.map((c) => ({
            organizationId,
            workspaceId: pick(workspaceId, c.workspace),
            name: c.name,
            email: normalizeEmail(c.email),
            phone: c.phone ?? null,
            assignedUserId: c.assignedTo ? pick(userId, c.assignedTo) : null,
          })),
        });

        // Domains
        await tx.verifiedDomain.createMany({
          data: [
            {
              organizationId,
              domain: "acme.test",
              token: randomBytes(16).toString("hex"),
              status: DomainStatus.VERIFIED,
              verifiedAt: ago(390),
              lastCheckedAt: ago(1),
              createdAt: ago(391),
            },
            {
              organizationId,
              domain: "acme-labs.test",
              token: randomBytes(16).toString("hex"),
              status: DomainStatus.PENDING,
              lastCheckedAt: ago(1),
              lastError: "domains.check.noRecord",
              createdAt: ago(4),
            },
          ],
        });

        // Contacts and their organization-wide roles
        const contactId = new Map(CONTACTS.map((c) => [c.key, randomUUID()]));
        await tx.contact.createMany({
          data: CONTACTS.map((c, i) => {
            const email = normalizeEmail(c.email);
            const status = c.status ?? ContactStatus.ACTIVE;
            return {
              id: pick(contactId, c.key),
              organizationId,
              name: c.name,
              email,
              phone: c.phone ?? null,
              language: c.language,
              status,
              source: c.source,
              searchText: contactSearchText(c.name, email),
              userId: c.user ? pick(userId, c.user) : null,
              disabledAt: status === ContactStatus.DISABLED ? ago(20) : null,
              createdAt: ago(395 - i * 14),
            };
          }),
        });
        await tx.contactRole.createMany({
          data: CONTACTS.flatMap((c, i) =>
            c.roles.map((role) => ({ organizationId, contactId: pick(contactId, c.key), role, createdAt: ago(395 - i * 14) })),
          ),
        });

        // Orders, line items, licenses and invoices, written by the same code as Place order.
        for (const order of ORDERS) {
          const placedAt = new Date(now - order.daysAgo * DAY - 3 * 60 * 60 * 1000);
          const lines = priced(order.items, order.currency);
          const dueAt = placedAt.getTime() + INVOICE_DUE_DAYS * DAY;
          if (order.invoice === "OPEN_NOT_DUE" && dueAt <= now)
            throw new Error(`seedDemo: an order of ${order.daysAgo} days would be overdue`);
          if (order.invoice === "OPEN_OVERDUE" && dueAt >= now)
            throw new Error(`seedDemo: an order of ${order.daysAgo} days would not be overdue`);
          const invoiceStatus =
            order.invoice === "PAID" ? InvoiceStatus.PAID : order.invoice === "VOID" ? InvoiceStatus.VOID : InvoiceStatus.OPEN;
          const records = await createOrderRecords(tx, {
            organizationId,
            channel: order.channel,
            status: order.status,
            placedAt,
            placedByUserId: order.placedBy ? pick(userId, order.placedBy) : null,
            licenseeContactId: pick(contactId, order.licensee),
            billingContactId: pick(contactId, order.billing),
            currency: order.currency,
            lines,
            totalCents: lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0),
            invoice: {
              status: invoiceStatus,
              paidAt: invoiceStatus === InvoiceStatus.PAID ? new Date(placedAt.getTime() + 9 * DAY) : null,
              lastReminderAt: order.invoice === "OPEN_OVERDUE" ? ago(7) : null,
            },
          });
          if (order.seats?.length) {
            await tx.licenseAssignment.createMany({
              data: order.seats.map((key) => ({
                organizationId,
                licenseId: records.licenseIds[0],
                email: normalizeEmail(CONTACTS.find((c) => c.key === key)!.email),
                assignedAt: placedAt,
              })),
            });
          }
        }

        // Quotes, numbered from the organization's quote sequence.
        for (const q of QUOTES) {
          const createdAt = ago(q.daysAgo);
          const items = priced(q.items, "EUR");
          await tx.quote.create({
            data: {
              organizationId,
              number: await nextNumber(tx, organizationId, "QUOTE", createdAt),
              requestedByUserId: q.requestedBy ? pick(userId, q.requestedBy) : null,
              requesterContactId: pick(contactId, q.requester),
              items,
              amountCents: items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0),
              currency: "EUR",
              validUntil: new Date(createdAt.getTime() + q.validDays * DAY),
              status: q.status,
              note: q.note ?? null,
              createdAt,
            },
          });
        }

        // Audit trail
        const alice = pick(userId, "alice");
        await tx.auditEvent.createMany({
          data: [
            {
              organizationId,
              actorUserId: alice,
              action: "organization.created",
              targetType: "Organization",
              targetId: organizationId,
              metadata: { name: "Acme Corporation", slug: DEMO_ORG_SLUG },
              createdAt: ago(400),
            },
            {
              organizationId,
              actorUserId: alice,
              action: "domain.verified",
              targetType: "VerifiedDomain",
              metadata: { domain: "acme.test" },
              createdAt: ago(390),
            },
            {
              organizationId,
              actorUserId: alice,
              action: "user.invited",
              targetType: "Membership",
              targetId: pick(membershipId, "benoit"),
              metadata: { email: "benoit.lefevre@acme.test", role: OrgRole.ORG_ADMIN },
              createdAt: ago(380),
            },
            {
              organizationId,
              actorUserId: alice,
              action: "contact.created",
              targetType: "Contact",
              targetId: pick(contactId, "claire"),
              metadata: { email: "claire.dubois@acme.test" },
              createdAt: ago(367),
            },
            {
              organizationId,
              actorUserId: alice,
              action: "contact.disabled",
              targetType: "Contact",
              targetId: pick(contactId, "julien"),
              metadata: { email: "julien.mercier@acme.test" },
              createdAt: ago(20),
            },
            {
              organizationId,
              actorUserId: alice,
              action: "user.invited",
              targetType: "Membership",
              targetId: pick(membershipId, "lea"),
              metadata: { email: "lea.bernard@acme.test", role: OrgRole.MEMBER },
              createdAt: ago(2),
            },
            {
              organizationId,
              actorUserId: null,
              action: "seed.demo",
              targetType: "Organization",
              targetId: organizationId,
              metadata: {
                users: USERS.length,
                contacts: CONTACTS.length,
                orders: ORDERS.length,
                quotes: QUOTES.length,
                workspaces: WORKSPACES.length,
              },
              createdAt: new Date(now),
            },
          ],
        });
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Another process seeded it concurrently: same outcome as finding it.
    if (isUniqueViolation(error) && (await db.organization.findUnique({ where: { slug: DEMO_ORG_SLUG }, select: { id: true } }))) {
      return { seeded: false, ...result };
    }
    throw error;
  }
  return { seeded: true, ...result };
}
