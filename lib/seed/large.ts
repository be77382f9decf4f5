// Fills one organization with a large, varied data set for performance work
// (`npm run seed:large`). Rows are generated in memory and written with batched
// multi-row INSERT … SELECT FROM unnest($1::text[], …) statements, in one transaction.
// Re-runnable: every run tags its emails and numbers with a random run id, so a second
// run adds rows to the same organization instead of colliding.
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createDb, type Tx } from "@/lib/db/prisma";
import { contactSearchText, normalizeEmail } from "@/lib/contacts/search-text";

export type SeedLargeOptions = {
  contacts: number;
  users: number;
  orders: number;
  /** Workspaces; each user of this run is assigned to a few, each workspace gets customer records (default 0). */
  workspaces?: number;
  /** Workspace contacts per workspace (default 20), most assigned to one of the workspace's members. */
  workspaceContactsPerWorkspace?: number;
  /** Organization slug, created when missing (default `bigco`). */
  slug?: string;
  /** Seed of the pseudo-random generator (default: random). */
  seed?: number;
  /** Rows per INSERT statement (default 5000). */
  batchSize?: number;
  log?: (line: string) => void;
  /** After each batch written: the table, its rows written so far and its rows to write in this run. */
  progress?: (table: string, inserted: number, of: number) => void;
};

export type SeedLargeResult = {
  organizationId: string;
  slug: string;
  createdOrganization: boolean;
  /** Tag in this run's emails and numbers. */
  runId: string;
  /** ORG_ADMIN created with a new organization (null when the organization existed). */
  adminEmail: string | null;
  counts: {
    users: number;
    memberships: number;
    contacts: number;
    contactRoles: number;
    orders: number;
    lineItems: number;
    licenses: number;
    licenseAssignments: number;
    invoices: number;
    workspaces: number;
    workspaceAssignments: number;
    workspaceContacts: number;
  };
  elapsedMs: number;
};

// ───────────────────────── name material ─────────────────────────

const FIRST_NAMES = [
  "Élodie",
  "Amélie",
  "Benoît",
  "Chloé",
  "François",
  "Hélène",
  "Jérôme",
  "Léa",
  "Loïc",
  "Maëlle",
  "Noémie",
  "Zoé",
  "Inès",
  "Raphaël",
  "Gaëlle",
  "Agnès",
  "Cécile",
  "Anaïs",
  "Thérèse",
  "Stéphane",
  "Alice",
  "Bruno",
  "Camille",
  "David",
  "Emma",
  "Gabriel",
  "Hugo",
  "Julien",
  "Lucas",
  "Manon",
  "Nicolas",
  "Olivier",
  "Paul",
  "Sarah",
  "Thomas",
  "Victor",
  "James",
  "Olivia",
  "Liam",
  "Sophia",
  "Noah",
  "Isabella",
  "Ethan",
  "Mia",
  "Priya",
  "Arjun",
  "Yuki",
  "Kenji",
  "Mei",
  "Wei",
  "José",
  "María",
  "Lucía",
  "Sofía",
  "Jürgen",
  "Søren",
  "Ångström",
  "Björn",
  "Zoë",
  "Renée",
];

const LAST_NAMES = [
  "Durand",
  "Lefèvre",
  "Martin",
  "Bernard",
  "Dubois",
  "Moreau",
  "Laurent",
  "Simon",
  "Michel",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Müller",
  "Boyer",
  "Mercier",
  "Bonnet",
  "Lambert",
  "Fontaine",
  "Chevalier",
  "Gauthier",
  "Perrin",
  "Robin",
  "Clément",
  "Morin",
  "Nicolas",
  "Henry",
  "Roussel",
  "Mathieu",
  "Smith",
  "Johnson",
  "Brown",
  "Taylor",
  "Wilson",
  "Davies",
  "Evans",
  "Thomas",
  "O'Connor",
  "Walker",
  "García",
  "Rodríguez",
  "Martínez",
  "López",
  "Núñez",
  "Schmidt",
  "Schäfer",
  "Kowalski",
  "Nowak",
  "Novák",
  "Patel",
  "Sharma",
  "Nguyen",
  "Tran",
  "Tanaka",
  "Satō",
  "Kim",
  "Chen",
  "Wang",
  "Østergaard",
];

/** The catalog of the billing migration (ids, names, prices per currency). */
const PRODUCTS: { planId: string; product: string; plan: string; prices: { EUR: number; USD?: number } }[] = [
  { planId: "cloud-standard", product: "Roster Cloud", plan: "Standard", prices: { EUR: 6000, USD: 6500 } },
  { planId: "cloud-business", product: "Roster Cloud", plan: "Business", prices: { EUR: 9600, USD: 10400 } },
  { planId: "cloud-enterprise", product: "Roster Cloud", plan: "Enterprise", prices: { EUR: 18000, USD: 19500 } },
  { planId: "analytics-addon", product: "Roster Analytics", plan: "Add-on", prices: { EUR: 4800, USD: 5200 } },
  { planId: "sso-addon", product: "Roster SSO", plan: "Add-on", prices: { EUR: 1200, USD: 1300 } },
  { planId: "support-247", product: "Premium Support", plan: "24/7", prices: { EUR: 120000 } },
];

const CONTACT_ROLES = [
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
  "UNPAID_INVOICES",
  "NEW_QUOTES",
  "SECURITY_PRIVACY",
  "DATA_PROTECTION",
] as const;

const DAY = 24 * 60 * 60 * 1000;
const EMAIL_DOMAINS = 40;

/** Lower-case ASCII for an email local part: "Ångström" → "angstrom", "O'Connor" → "oconnor". */
function emailPart(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ø/gi, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    /** `weights` maps a value to its relative weight. */
    weighted: <T extends string>(weights: Record<T, number>): T => {
      const entries = Object.entries(weights) as [T, number][];
      let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

// ───────────────────────── batched insert ─────────────────────────

type Column = readonly [name: string, sqlType: string];
type Cell = string | number | null;

type Batching = { size: number; progress?: SeedLargeOptions["progress"] };

async function insertBatched(tx: Tx, table: string, columns: readonly Column[], rows: Cell[][], batching: Batching): Promise<number> {
  const batchSize = batching.size;
  const sql =
    `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(", ")}) ` +
    `SELECT ${columns.map(([, type], i) => `t.c${i}::${type}`).join(", ")} ` +
    `FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const chunk = rows.slice(start, start + batchSize);
    const params = columns.map((_, i) => chunk.map((row) => (row[i] === null ? null : String(row[i]))));
    inserted += await tx.$executeRawUnsafe(sql, ...params);
    batching.progress?.(table, inserted, rows.length);
  }
  return inserted;
}

const iso = (time: number) => new Date(time).toISOString();

// ───────────────────────── seed ─────────────────────────

export async function seedLarge(target: string | PrismaClient, options: SeedLargeOptions): Promise<SeedLargeResult> {
  const started = Date.now();
  const slug = (options.slug ?? "bigco").trim().toLowerCase();
  const batchSize = options.batchSize ?? 5000;
  const log = options.log ?? (() => {});
  const batching: Batching = { size: batchSize, progress: options.progress };
  const workspaceCount = options.workspaces ?? 0;
  const contactsPerWorkspace = options.workspaceContactsPerWorkspace ?? 20;
  for (const [key, value] of Object.entries({
    contacts: options.contacts,
    users: options.users,
    orders: options.orders,
    workspaces: workspaceCount,
    workspaceContactsPerWorkspace: contactsPerWorkspace,
  })) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`seedLarge: ${key} must be a non-negative integer (got ${value})`);
  }
  const ownDb = typeof target === "string" ? createDb(target) : null;
  const db = ownDb ?? (target as PrismaClient);
  const runId = randomBytes(4).toString("hex");
  const rnd = prng(options.seed ?? randomBytes(4).readUInt32LE(0));

  try {
    const result = await db.$transaction(
      async (tx) => {
        const now = Date.now();
        const nowIso = iso(now);

        // Organization (reused by slug)
        let createdOrganization = false;
        let organization = await tx.organization.findUnique({ where: { slug }, select: { id: true } });
        if (!organization) {
          organization = await tx.organization.create({
            data: {
              name: slug === "bigco" ? "BigCo Industries" : `${slug.charAt(0).toUpperCase()}${slug.slice(1)} (large seed)`,
              slug,
              legalName: slug === "bigco" ? "BigCo Industries SA" : `${slug} SAS`,
              addressLine1: "15 avenue des Champs-Élysées",
              postalCode: "75008",
              city: "Paris",
              country: "FR",
              vatId: "FR83987654321",
              planId: "cloud-enterprise",
            },
            select: { id: true },
          });
          createdOrganization = true;
        }
        const organizationId = organization.id;

        // Users + memberships. A new organization's first user is its admin, admin@<slug>.test.
        let adminEmail: string | null = null;
        if (createdOrganization && options.users > 0) {
          const candidate = `admin@${slug}.test`;
          if (!(await tx.user.findUnique({ where: { email: candidate }, select: { id: true } }))) adminEmail = candidate;
        }
        type GenUser = { id: string; email: string; name: string; locale: "en" | "fr"; membershipId: string; role: string };
        const users: GenUser[] = [];
        const userRows: Cell[][] = [];
        const membershipRows: Cell[][] = [];
        for (let i = 0; i < options.users; i++) {
          const first = rnd.pick(FIRST_NAMES);
          const last = rnd.pick(LAST_NAMES);
          const isAdmin = i === 0 && adminEmail !== null;
          const name = `${first} ${last}`;
          const email = isAdmin ? adminEmail! : normalizeEmail(`${emailPart(first)}.${emailPart(last)}.${i + 1}-${runId}@${slug}.test`);
          const locale = rnd.next() < 0.6 ? "en" : "fr";
          const id = randomUUID();
          const membershipId = randomUUID();
          const role = isAdmin ? "ORG_ADMIN" : rnd.weighted({ ORG_ADMIN: 1, BILLING_ADMIN: 3, USER_ADMIN: 3, MEMBER: 93 });
          users.push({ id, email, name, locale, membershipId, role });
          const pending = !isAdmin && rnd.next() < 0.08;
          const joined = now - rnd.int(1, 900) * DAY;
          userRows.push([
            id,
            email,
            name,
            locale,
            pending ? null : iso(joined),
            pending ? null : iso(now - rnd.int(0, 60) * DAY),
            iso(joined),
            nowIso,
          ]);
          membershipRows.push([
            membershipId,
            organizationId,
            id,
            role,
            pending ? "PENDING" : "ACTIVE",
            pending ? null : iso(now - rnd.int(0, 90) * DAY - rnd.int(0, DAY - 1)),
            iso(joined),
            nowIso,
          ]);
        }
        const usersInserted = await insertBatched(
          tx,
          "User",
          [
            ["id", "text"],
            ["email", "text"],
            ["name", "text"],
            ["locale", '"Locale"'],
            ["emailVerified", "timestamp(3)"],
            ["lastSignInAt", "timestamp(3)"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          userRows,
          batching,
        );
        const membershipsInserted = await insertBatched(
          tx,
          "Membership",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["userId", "text"],
            ["role", '"OrgRole"'],
            ["status", '"MembershipStatus"'],
            ["lastActiveAt", "timestamp(3)"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          membershipRows,
          batching,
        );
        log(`users: ${usersInserted}, memberships: ${membershipsInserted}`);

        // Workspaces: every user of this run in 0 to 3 of them (members mostly 1 or 2), and
        // customer records in each, most assigned to one of the workspace's members.
        const workspaceRows: Cell[][] = [];
        const workspaceAssignmentRows: Cell[][] = [];
        const workspaceContactRows: Cell[][] = [];
        const TEAMS = [
          "Atlas",
          "Borealis",
          "Cascade",
          "Delta",
          "Everest",
          "Fjord",
          "Granite",
          "Horizon",
          "Iris",
          "Jade",
          "Kestrel",
          "Lumen",
          "Meridian",
          "Nova",
          "Orion",
          "Polaris",
        ];
        const workspaceIds: string[] = [];
        for (let i = 0; i < workspaceCount; i++) {
          const id = randomUUID();
          workspaceIds.push(id);
          workspaceRows.push([
            id,
            organizationId,
            `${TEAMS[i % TEAMS.length]} ${Math.floor(i / TEAMS.length) + 1} · ${runId}`,
            iso(now - rnd.int(30, 700) * DAY),
            nowIso,
          ]);
        }
        const membersOf = new Map<string, string[]>(workspaceIds.map((id) => [id, []]));
        if (workspaceIds.length) {
          for (const user of users) {
            const count =
              user.role === "MEMBER"
                ? rnd.weighted({ zero: 8, one: 55, two: 30, three: 7 })
                : rnd.weighted({ zero: 50, one: 35, two: 15, three: 0 });
            const wanted = { zero: 0, one: 1, two: 2, three: 3 }[count];
            const chosen = new Set<string>();
            while (chosen.size < Math.min(wanted, workspaceIds.length)) chosen.add(rnd.pick(workspaceIds));
            for (const workspaceId of chosen) {
              workspaceAssignmentRows.push([organizationId, workspaceId, user.membershipId, nowIso]);
              membersOf.get(workspaceId)!.push(user.id);
            }
          }
          for (const workspaceId of workspaceIds) {
            const members = membersOf.get(workspaceId)!;
            for (let i = 0; i < contactsPerWorkspace; i++) {
              const first = rnd.pick(FIRST_NAMES);
              const last = rnd.pick(LAST_NAMES);
              const assigned = members.length && rnd.next() < 0.7 ? rnd.pick(members) : null;
              workspaceContactRows.push([
                randomUUID(),
                organizationId,
                workspaceId,
                `${first} ${last}`,
                normalizeEmail(`${emailPart(first)}.${emailPart(last)}.${i + 1}-${runId}@customer${rnd.int(1, EMAIL_DOMAINS)}.test`),
                rnd.next() < 0.5
                  ? `+33 ${rnd.int(1, 7)} ${String(rnd.int(10, 99))} ${String(rnd.int(10, 99))} ${String(rnd.int(10, 99))} ${String(rnd.int(10, 99))}`
                  : null,
                assigned,
                iso(now - rnd.int(0, 400) * DAY),
                nowIso,
              ]);
            }
          }
        }
        const workspacesInserted = await insertBatched(
          tx,
          "Workspace",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["name", "text"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          workspaceRows,
          batching,
        );
        const workspaceAssignmentsInserted = await insertBatched(
          tx,
          "WorkspaceAssignment",
          [
            ["organizationId", "text"],
            ["workspaceId", "text"],
            ["membershipId", "text"],
            ["createdAt", "timestamp(3)"],
          ],
          workspaceAssignmentRows,
          batching,
        );
        const workspaceContactsInserted = await insertBatched(
          tx,
          "WorkspaceContact",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["workspaceId", "text"],
            ["name", "text"],
            ["email", "text"],
            ["phone", "text"],
            ["assignedUserId", "text"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          workspaceContactRows,
          batching,
        );
        if (workspaceCount)
          log(
            `workspaces: ${workspacesInserted}, assignments: ${workspaceAssignmentsInserted}, workspace contacts: ${workspaceContactsInserted}`,
          );

        // Contacts: about one in ten mirrors a user (same email, linked); ≈30% have org-wide roles.
        const contactRows: Cell[][] = [];
        const roleRows: Cell[][] = [];
        const activeContactIds: string[] = [];
        const allContactIds: string[] = [];
        const mirrored = Math.min(users.length, Math.floor(options.contacts * 0.1));
        for (let i = 0; i < options.contacts; i++) {
          const id = randomUUID();
          let name: string;
          let email: string;
          let userId: string | null = null;
          let language: "en" | "fr";
          if (i < mirrored) {
            ({ name, email, locale: language } = users[i]);
            userId = users[i].id;
          } else {
            const first = rnd.pick(FIRST_NAMES);
            const last = rnd.pick(LAST_NAMES);
            name = `${first} ${last}`;
            email = normalizeEmail(`${emailPart(first)}.${emailPart(last)}.${i + 1}-${runId}@domain${rnd.int(1, EMAIL_DOMAINS)}.test`);
            language = rnd.next() < 0.6 ? "en" : "fr";
          }
          const status = rnd.weighted({ ACTIVE: 88, INVITED: 7, DISABLED: 5 });
          const source = userId
            ? rnd.weighted({ DIRECT: 2, ADMIN_INVITATION: 1 })
            : rnd.weighted({ DIRECT: 40, INVITATION: 15, ORDER: 25, REASSIGNMENT: 3, IMPORT: 17 });
          const created = now - rnd.int(0, 1100) * DAY - rnd.int(0, DAY - 1);
          const phone =
            rnd.next() < 0.45
              ? `+33 ${rnd.int(1, 7)} ${String(rnd.int(0, 99)).padStart(2, "0")} ${String(rnd.int(0, 99)).padStart(2, "0")} ${String(rnd.int(0, 99)).padStart(2, "0")} ${String(rnd.int(0, 99)).padStart(2, "0")}`
              : null;
          contactRows.push([
            id,
            organizationId,
            name,
            email,
            phone,
            language,
            status,
            source,
            contactSearchText(name, email),
            userId,
            status === "DISABLED" ? iso(created + rnd.int(1, 30) * DAY) : null,
            iso(created),
            nowIso,
          ]);
          allContactIds.push(id);
          if (status === "ACTIVE") activeContactIds.push(id);
          if (status !== "DISABLED" && rnd.next() < 0.3) {
            const count = rnd.weighted({ one: 70, two: 22, three: 8 });
            const roles = new Set<string>();
            while (roles.size < (count === "one" ? 1 : count === "two" ? 2 : 3)) roles.add(rnd.pick(CONTACT_ROLES));
            for (const role of roles) roleRows.push([organizationId, id, role, iso(created)]);
          }
        }
        const contactsInserted = await insertBatched(
          tx,
          "Contact",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["name", "text"],
            ["email", "text"],
            ["phone", "text"],
            ["language", '"Locale"'],
            ["status", '"ContactStatus"'],
            ["source", '"ContactSource"'],
            ["searchText", "text"],
            ["userId", "text"],
            ["disabledAt", "timestamp(3)"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          contactRows,
          batching,
        );
        const rolesInserted = await insertBatched(
          tx,
          "ContactRole",
          [
            ["organizationId", "text"],
            ["contactId", "text"],
            ["role", '"ContactRoleType"'],
            ["createdAt", "timestamp(3)"],
          ],
          roleRows,
          batching,
        );
        log(`contacts: ${contactsInserted}, contact roles: ${rolesInserted}`);

        // Orders reference this run's active contacts (or, with none, the organization's existing ones).
        let contactPool = activeContactIds.length ? activeContactIds : allContactIds;
        if (options.orders > 0 && contactPool.length === 0) {
          const existing = await tx.contact.findMany({ where: { organizationId }, select: { id: true }, take: 10_000 });
          contactPool = existing.map((c) => c.id);
          if (contactPool.length === 0) throw new Error("seedLarge: orders need contacts; pass --contacts > 0 or seed contacts first");
        }
        const placers = users.map((u) => u.id);
        const orderRows: Cell[][] = [];
        const lineRows: Cell[][] = [];
        const licenseRows: Cell[][] = [];
        const assignmentRows: Cell[][] = [];
        const invoiceRows: Cell[][] = [];
        // Orders and invoices take their numbers from the organization's yearly sequences, so
        // orders placed later in the app continue them ("2026-0042", "INV-2026-0042").
        const placedTimes = Array.from({ length: options.orders }, () => now - rnd.int(0, 730) * DAY - rnd.int(0, DAY - 1)).sort(
          (a, b) => a - b,
        );
        const perYear = new Map<number, number>();
        for (const time of placedTimes)
          perYear.set(new Date(time).getUTCFullYear(), (perYear.get(new Date(time).getUTCFullYear()) ?? 0) + 1);
        const nextInYear = new Map<number, { order: number; invoice: number }>();
        for (const [year, count] of perYear) {
          const reserve = async (sequence: "ORDER" | "INVOICE") => {
            const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
              INSERT INTO "NumberCounter" ("organizationId", sequence, year, last) VALUES (${organizationId}, ${sequence}::"NumberSequence", ${year}, ${count})
              ON CONFLICT ("organizationId", sequence, year) DO UPDATE SET last = "NumberCounter".last + ${count} RETURNING last`;
            return last - count + 1;
          };
          nextInYear.set(year, { order: await reserve("ORDER"), invoice: await reserve("INVOICE") });
        }
        const numbered = (prefix: string, year: number, value: number) => `${prefix}${year}-${String(value).padStart(4, "0")}`;
        for (let i = 0; i < options.orders; i++) {
          const id = randomUUID();
          const channel = rnd.weighted({ ONLINE: 60, SALES_REP: 25, PARTNER: 15 });
          const placedAt = placedTimes[i];
          const year = new Date(placedAt).getUTCFullYear();
          const next = nextInYear.get(year)!;
          const orderNumber = numbered("", year, next.order++);
          const invoiceNumber = numbered("INV-", year, next.invoice++);
          const recent = now - placedAt < 30 * DAY;
          const status = rnd.next() < 0.03 ? "CANCELLED" : recent && rnd.next() < 0.5 ? "PLACED" : "FULFILLED";
          const currency = rnd.next() < 0.85 ? "EUR" : "USD";
          const licensee = rnd.pick(contactPool);
          const billing = rnd.next() < 0.65 ? licensee : rnd.pick(contactPool);
          const placedBy =
            channel === "ONLINE" && placers.length ? rnd.pick(placers) : rnd.next() < 0.3 && placers.length ? rnd.pick(placers) : null;
          let total = 0;
          const lines = rnd.int(1, 3);
          const sold = PRODUCTS.filter((p) => currency === "EUR" || p.prices.USD !== undefined);
          for (let l = 0; l < lines; l++) {
            const product = rnd.pick(sold);
            const unitPriceCents = currency === "EUR" ? product.prices.EUR : product.prices.USD!;
            const quantity = product.planId === "support-247" ? 1 : rnd.int(1, 250);
            total += quantity * unitPriceCents;
            lineRows.push([
              randomUUID(),
              organizationId,
              id,
              product.planId,
              product.product,
              product.plan,
              quantity,
              unitPriceCents,
              currency,
            ]);
            const key = randomUUID().replace(/-/g, "").toUpperCase();
            const licenseId = randomUUID();
            licenseRows.push([
              licenseId,
              organizationId,
              id,
              `${product.product} ${product.plan}`,
              `RSTR-${key.slice(0, 5)}-${key.slice(5, 10)}-${key.slice(10, 15)}-${key.slice(15, 20)}-${key.slice(20, 25)}`,
              quantity,
              iso(placedAt + (status === "CANCELLED" ? 14 : 365) * DAY),
              iso(placedAt),
            ]);
            // About a third of the licenses have a few seats given to people already.
            if (status !== "CANCELLED" && rnd.next() < 0.3) {
              const given = Math.min(quantity, rnd.int(1, 3));
              for (let a = 0; a < given; a++)
                assignmentRows.push([
                  randomUUID(),
                  organizationId,
                  licenseId,
                  `seat${a + 1}.${orderNumber}-${runId}@domain${rnd.int(1, EMAIL_DOMAINS)}.test`,
                  iso(placedAt + DAY),
                ]);
            }
          }
          orderRows.push([
            id,
            organizationId,
            orderNumber,
            channel,
            status,
            placedBy,
            iso(placedAt),
            licensee,
            billing,
            currency,
            total,
            iso(placedAt),
            nowIso,
          ]);
          const dueAt = placedAt + 30 * DAY;
          const invoiceStatus =
            status === "CANCELLED" ? "VOID" : dueAt > now ? (rnd.next() < 0.5 ? "OPEN" : "PAID") : rnd.next() < 0.1 ? "OPEN" : "PAID";
          invoiceRows.push([
            randomUUID(),
            organizationId,
            id,
            invoiceNumber,
            total,
            currency,
            iso(placedAt),
            iso(dueAt),
            invoiceStatus,
            invoiceStatus === "PAID" ? iso(Math.min(now, placedAt + rnd.int(1, 40) * DAY)) : null,
            iso(placedAt),
          ]);
        }
        const ordersInserted = await insertBatched(
          tx,
          "Order",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["number", "text"],
            ["channel", '"OrderChannel"'],
            ["status", '"OrderStatus"'],
            ["placedByUserId", "text"],
            ["placedAt", "timestamp(3)"],
            ["licenseeContactId", "text"],
            ["billingContactId", "text"],
            ["currency", "text"],
            ["totalCents", "integer"],
            ["createdAt", "timestamp(3)"],
            ["updatedAt", "timestamp(3)"],
          ],
          orderRows,
          batching,
        );
        const linesInserted = await insertBatched(
          tx,
          "OrderLineItem",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["orderId", "text"],
            ["planId", "text"],
            ["product", "text"],
            ["plan", "text"],
            ["quantity", "integer"],
            ["unitPriceCents", "integer"],
            ["currency", "text"],
          ],
          lineRows,
          batching,
        );
        const licensesInserted = await insertBatched(
          tx,
          "License",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["orderId", "text"],
            ["product", "text"],
            ["licenseKey", "text"],
            ["seats", "integer"],
            ["validUntil", "timestamp(3)"],
            ["createdAt", "timestamp(3)"],
          ],
          licenseRows,
          batching,
        );
        const assignmentsInserted = await insertBatched(
          tx,
          "LicenseAssignment",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["licenseId", "text"],
            ["email", "text"],
            ["assignedAt", "timestamp(3)"],
          ],
          assignmentRows,
          batching,
        );
        const invoicesInserted = await insertBatched(
          tx,
          "Invoice",
          [
            ["id", "text"],
            ["organizationId", "text"],
            ["orderId", "text"],
            ["number", "text"],
            ["amountCents", "integer"],
            ["currency", "text"],
            ["issuedAt", "timestamp(3)"],
            ["dueAt", "timestamp(3)"],
            ["status", '"InvoiceStatus"'],
            ["paidAt", "timestamp(3)"],
            ["createdAt", "timestamp(3)"],
          ],
          invoiceRows,
          batching,
        );
        log(
          `orders: ${ordersInserted}, line items: ${linesInserted}, licenses: ${licensesInserted} (seats assigned: ${assignmentsInserted}), invoices: ${invoicesInserted}`,
        );

        const counts = {
          users: usersInserted,
          memberships: membershipsInserted,
          contacts: contactsInserted,
          contactRoles: rolesInserted,
          orders: ordersInserted,
          lineItems: linesInserted,
          licenses: licensesInserted,
          licenseAssignments: assignmentsInserted,
          invoices: invoicesInserted,
          workspaces: workspacesInserted,
          workspaceAssignments: workspaceAssignmentsInserted,
          workspaceContacts: workspaceContactsInserted,
        };
        await tx.auditEvent.create({
          data: {
            organizationId,
            action: "seed.large",
            targetType: "Organization",
            targetId: organizationId,
            metadata: { runId, ...counts },
          },
        });
        return { organizationId, slug, createdOrganization, runId, adminEmail, counts };
      },
      { timeout: 15 * 60_000, maxWait: 30_000 },
    );
    return { ...result, elapsedMs: Date.now() - started };
  } finally {
    if (ownDb) await ownDb.$disconnect();
  }
}
