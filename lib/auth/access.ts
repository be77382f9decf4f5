// Resolves what a person may do in the organization named by the URL. One query:
// the organization by slug, with the caller's membership and active contact record.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ContactRoleType, OrgRole, SubscriptionStatus } from "@/lib/db/generated/enums";
import { capabilitiesOf, contactGrantsAccess, type Capability } from "./capabilities";

export type Actor = { userId: string; ip?: string | null; userAgent?: string | null };

export type OrgAccess = {
  organization: { id: string; slug: string; name: string; subscriptionStatus: SubscriptionStatus; deletionScheduledAt: Date | null };
  userId: string;
  orgRole: OrgRole | null;
  membershipId: string | null;
  contactId: string | null;
  contactRoles: ContactRoleType[];
  capabilities: ReadonlySet<Capability>;
  can(capability: Capability): boolean;
};

export type AccessErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "READ_ONLY";

/** Thrown by the guard; its message never says whether the organization exists. */
export class AccessError extends Error {
  constructor(readonly code: AccessErrorCode) {
    super(code);
    this.name = "AccessError";
  }
}

type DbLike = Pick<PrismaClient, "organization">;

export async function loadOrgAccess(db: DbLike, userId: string, slug: string): Promise<OrgAccess | null> {
  const organization = await db.organization.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, subscriptionStatus: true, deletionScheduledAt: true,
      memberships: { where: { userId, status: "ACTIVE" }, select: { id: true, role: true }, take: 1 },
      contacts: {
        where: { userId, status: "ACTIVE" },
        select: { id: true, roles: { select: { role: true } }, _count: { select: { ordersLicensee: true, ordersBilling: true } } },
        take: 1,
      },
    },
  });
  if (!organization) return null;
  const membership = organization.memberships[0] ?? null;
  const contact = organization.contacts[0] ?? null;
  const contactRoles = contact?.roles.map((r) => r.role) ?? [];
  const hasOrderRoles = !!contact && contact._count.ordersLicensee + contact._count.ordersBilling > 0;
  // Without a membership, only a contact whose roles give access lets the person in.
  if (!membership && !(contact && contactGrantsAccess(contactRoles, hasOrderRoles))) return null;
  const capabilities = capabilitiesOf({ orgRole: membership?.role ?? null, contactRoles, hasOrderRoles });
  const { memberships: _m, contacts: _c, ...org } = organization;
  return {
    organization: org,
    userId,
    orgRole: membership?.role ?? null,
    membershipId: membership?.id ?? null,
    contactId: contact?.id ?? null,
    contactRoles,
    capabilities,
    can: (capability) => capabilities.has(capability),
  };
}

/**
 * The one guard: every server action and page calls it with the organization slug
 * from the URL. Not a member (or no such organization) → NOT_FOUND, so nothing
 * leaks; a member without the capability → FORBIDDEN.
 */
export async function authorize(
  db: DbLike,
  actor: Actor | null,
  slug: string,
  capability: Capability | null,
  options: { write?: boolean } = {},
): Promise<OrgAccess> {
  if (!actor) throw new AccessError("UNAUTHENTICATED");
  const access = await loadOrgAccess(db, actor.userId, slug);
  if (!access) throw new AccessError("NOT_FOUND");
  if (capability && !access.can(capability)) throw new AccessError("FORBIDDEN");
  if (options.write && access.organization.subscriptionStatus === "CANCELLED") throw new AccessError("READ_ONLY");
  return access;
}
