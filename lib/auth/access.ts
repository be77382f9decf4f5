// What a person may do in the organization named by the URL, loaded in ONE statement:
// the organization by slug, the caller's active membership and active contact record
// (roles, and whether it is a LICENSEE or BILLING contact of any order). The page side
// (lib/auth/request-context.ts) reads the session and user in that same statement.
import { Prisma } from "@/lib/db/generated/client";
import type { ContactRoleType, Locale, OrgRole, SubscriptionStatus } from "@/lib/db/generated/enums";
import { AccessError } from "@/lib/errors/app-error";
import { grantsAccess } from "./access-rule";
import { capabilitiesOf, type Capability, type OrderRole } from "./capabilities";
import { textProblem } from "@/lib/validation/text";

export { AccessError } from "@/lib/errors/app-error";

/**
 * Who acts: a person, or an API key acting for the admin who created it (`apiKeyId` set:
 * the audit log names the key; `userId` stays the creator, who answers for what it does).
 */
export type Actor = { userId: string; apiKeyId?: string | null; ip?: string | null; userAgent?: string | null };

export type OrgAccess = {
  organization: {
    id: string;
    slug: string;
    name: string;
    subscriptionStatus: SubscriptionStatus;
    deletionScheduledAt: Date | null;
    /** The default language of new contacts and invitations; null: the language of the person adding them. */
    defaultLocale: Locale | null;
  };
  userId: string;
  orgRole: OrgRole | null;
  /** Through the REST API: the role of the key, which caps the person's (see apiKeyAccess); null for a person. */
  apiKeyRole: OrgRole | null;
  membershipId: string | null;
  /** When the membership last used the organization (written at most every few minutes). */
  lastActiveAt: Date | null;
  contactId: string | null;
  contactRoles: ContactRoleType[];
  /** Order roles the contact holds on at least one order. */
  orderRoles: OrderRole[];
  capabilities: ReadonlySet<Capability>;
  can(capability: Capability): boolean;
  /** Whether the organization accepts changes (a cancelled one is read-only), and, given a capability, whether the person holds it. */
  canWrite(capability?: Capability): boolean;
};

/** The columns every access statement returns about the organization, membership and contact. */
export type AccessRow = {
  orgId: string | null;
  orgSlug: string | null;
  orgName: string | null;
  subscriptionStatus: SubscriptionStatus | null;
  deletionScheduledAt: Date | null;
  orgDefaultLocale: Locale | null;
  membershipId: string | null;
  orgRole: OrgRole | null;
  lastActiveAt: Date | null;
  contactId: string | null;
  contactRoles: ContactRoleType[] | null;
  contactIsLicensee: boolean | null;
  contactIsBilling: boolean | null;
};

/**
 * The organization part of an access statement, for the user row aliased `me` (with `me.id`).
 * Indexed lookups only: Organization.slug, Membership(organizationId, userId), Contact.userId,
 * ContactRole's primary key, Order(licenseeContactId) and Order(billingContactId).
 */
export function accessColumns(organization: { slug: string | null } | { id: string }): { select: Prisma.Sql; joins: Prisma.Sql } {
  const { sql } = Prisma;
  const orgMatch = "id" in organization ? sql`o.id = ${organization.id}` : sql`o.slug = ${organization.slug}`;
  return {
    select: sql`o.id AS "orgId", o.slug AS "orgSlug", o.name AS "orgName", o."subscriptionStatus"::text AS "subscriptionStatus", o."deletionScheduledAt", o."defaultLocale"::text AS "orgDefaultLocale",
      m.id AS "membershipId", m.role::text AS "orgRole", m."lastActiveAt",
      c.id AS "contactId", c.roles AS "contactRoles", c.licensee AS "contactIsLicensee", c.billing AS "contactIsBilling"`,
    joins: sql`LEFT JOIN "Organization" o ON ${orgMatch}
      LEFT JOIN "Membership" m ON m."organizationId" = o.id AND m."userId" = me.id AND m.status = 'ACTIVE'
      LEFT JOIN LATERAL (
        SELECT c.id,
          ARRAY(SELECT r.role::text FROM "ContactRole" r WHERE r."contactId" = c.id ORDER BY r.role) AS roles,
          EXISTS (SELECT 1 FROM "Order" x WHERE x."organizationId" = c."organizationId" AND x."licenseeContactId" = c.id) AS licensee,
          EXISTS (SELECT 1 FROM "Order" x WHERE x."organizationId" = c."organizationId" AND x."billingContactId" = c.id) AS billing
        FROM "Contact" c
        WHERE c."organizationId" = o.id AND c."userId" = me.id AND c.status = 'ACTIVE'
        LIMIT 1
      ) c ON true`,
  };
}

/** Builds the access from a statement's row; null when the organization does not exist or the person may not open it. */
export function accessFromRow(userId: string, row: AccessRow | undefined): OrgAccess | null {
  if (!row?.orgId) return null;
  const orderRoles: OrderRole[] = [];
  if (row.contactIsLicensee) orderRoles.push("LICENSEE");
  if (row.contactIsBilling) orderRoles.push("BILLING");
  const contact = row.contactId ? { roles: row.contactRoles ?? [], orderRoles } : null;
  if (!grantsAccess({ orgRole: row.orgRole, contact })) return null;
  const capabilities = capabilitiesOf({ orgRole: row.orgRole, contactRoles: contact?.roles ?? [], orderRoles: contact?.orderRoles ?? [] });
  return buildAccess({
    organization: organizationOf(row),
    userId,
    orgRole: row.orgRole,
    apiKeyRole: null,
    membershipId: row.membershipId,
    lastActiveAt: row.lastActiveAt,
    contactId: row.contactId,
    contactRoles: [...(contact?.roles ?? [])],
    orderRoles: contact?.orderRoles.slice() ?? [],
    capabilities,
  });
}

function organizationOf(row: AccessRow): OrgAccess["organization"] {
  return {
    id: row.orgId!,
    slug: row.orgSlug!,
    name: row.orgName!,
    subscriptionStatus: row.subscriptionStatus!,
    deletionScheduledAt: row.deletionScheduledAt,
    defaultLocale: row.orgDefaultLocale,
  };
}

function buildAccess(fields: Omit<OrgAccess, "can" | "canWrite">): OrgAccess {
  const writable = fields.organization.subscriptionStatus !== "CANCELLED";
  const { capabilities } = fields;
  return {
    ...fields,
    can: (capability) => capabilities.has(capability),
    canWrite: (capability) => writable && (!capability || capabilities.has(capability)),
  };
}

/**
 * The access of an API key: the key's role, capped by what its creator may still do in the
 * organization (the capabilities of both roles), so a key never outgrows the person who
 * answers for it. Null when the creator no longer holds an active membership there.
 */
export function apiKeyAccess(
  row: Pick<
    AccessRow,
    "orgId" | "orgSlug" | "orgName" | "subscriptionStatus" | "deletionScheduledAt" | "orgDefaultLocale" | "membershipId" | "orgRole"
  > & {
    keyRole: OrgRole;
    creatorId: string | null;
  },
): OrgAccess | null {
  if (!row.orgId || !row.creatorId || !row.membershipId || !row.orgRole) return null;
  const creator = capabilitiesOf({ orgRole: row.orgRole, contactRoles: [], orderRoles: [] });
  const key = capabilitiesOf({ orgRole: row.keyRole, contactRoles: [], orderRoles: [] });
  const capabilities = new Set([...key].filter((capability) => creator.has(capability)));
  return buildAccess({
    organization: organizationOf({
      ...row,
      lastActiveAt: null,
      contactId: null,
      contactRoles: null,
      contactIsLicensee: null,
      contactIsBilling: null,
    }),
    userId: row.creatorId,
    orgRole: row.keyRole,
    apiKeyRole: row.keyRole,
    membershipId: row.membershipId,
    lastActiveAt: null,
    contactId: null,
    contactRoles: [],
    orderRoles: [],
    capabilities,
  });
}

type DbLike = { $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> };

/** The access of a known user (server actions, route handlers, tests), by slug or organization id: one statement. */
export async function loadOrgAccess(db: DbLike, userId: string, organization: string | { id: string }): Promise<OrgAccess | null> {
  // A slug from a URL with a NUL byte (which PostgreSQL refuses) or other control characters names no organization.
  if (typeof organization === "string" && (textProblem(organization) || organization.length > 200)) return null;
  const { select, joins } = accessColumns(typeof organization === "string" ? { slug: organization } : organization);
  const rows = await db.$queryRaw<AccessRow[]>(Prisma.sql`SELECT ${select} FROM "User" me ${joins} WHERE me.id = ${userId}`);
  return accessFromRow(userId, rows[0]);
}

/**
 * The one guard: every server action and page calls it with the organization slug
 * from the URL. Not a member (or no such organization) → NOT_FOUND, so nothing
 * leaks; a member without the capability → FORBIDDEN; a change to a cancelled
 * organization → READ_ONLY.
 */
export async function authorize(
  db: DbLike,
  actor: Actor | null,
  slug: string,
  capability: Capability | null,
  options: { write?: boolean } = {},
): Promise<OrgAccess> {
  if (!actor) throw new AccessError("UNAUTHENTICATED");
  // A server action's slug is an argument its caller chose: anything but text names no organization.
  if (typeof slug !== "string") throw new AccessError("NOT_FOUND");
  const access = await loadOrgAccess(db, actor.userId, slug);
  return checkAccess(access, capability, options);
}

/** Whether the access holds the capability or, given a list, any one of them. */
export function canAny(access: Pick<OrgAccess, "can">, capability: Capability | readonly Capability[]): boolean {
  return typeof capability === "string" ? access.can(capability) : capability.some((c) => access.can(c));
}

/** The checks of the guard on an access already loaded. */
export function checkAccess(access: OrgAccess | null, capability: Capability | null, options: { write?: boolean } = {}): OrgAccess {
  if (!access) throw new AccessError("NOT_FOUND");
  if (capability && !access.can(capability)) throw new AccessError("FORBIDDEN");
  if (options.write && !access.canWrite()) throw new AccessError("READ_ONLY");
  return access;
}
