// The one home of "who can open this organization" (SPEC §2): an ACTIVE membership, or an
// ACTIVE contact record (linked to the user) that holds a contact role giving access or is
// the LICENSEE or BILLING contact of at least one order. Notifications-only and role-less
// contacts get emails only. The guard applies `grantsAccess` to facts it loads; lists of
// organizations filter with `organizationsOpenTo`. tests/integration/access-rule.test.ts
// proves the two agree.
import type { Prisma } from "@/lib/db/generated/client";
import type { ContactRoleType, OrgRole } from "@/lib/db/generated/enums";
import { CONTACT_ROLES_GIVING_ACCESS, type OrderRole } from "./capabilities";

/** What the database says about one person in one organization. */
export type AccessFacts = {
  /** Role of the ACTIVE membership, if any. */
  orgRole: OrgRole | null;
  /** The ACTIVE contact record linked to the user, if any. */
  contact: { roles: readonly ContactRoleType[]; orderRoles: readonly OrderRole[] } | null;
};

export function contactGrantsAccess(contact: NonNullable<AccessFacts["contact"]>): boolean {
  return contact.orderRoles.length > 0 || contact.roles.some((role) => CONTACT_ROLES_GIVING_ACCESS.includes(role));
}

/** The predicate: may this person open the organization? */
export function grantsAccess(facts: AccessFacts): boolean {
  return facts.orgRole !== null || (facts.contact !== null && contactGrantsAccess(facts.contact));
}

/** The contact records of `userId` that let their person in. */
export function contactsGivingAccess(userId: string): Prisma.ContactWhereInput {
  return {
    userId,
    status: "ACTIVE",
    OR: [
      { roles: { some: { role: { in: [...CONTACT_ROLES_GIVING_ACCESS] } } } },
      { ordersLicensee: { some: {} } },
      { ordersBilling: { some: {} } },
    ],
  };
}

/** The where-builder: organizations `userId` may open. */
export function organizationsOpenTo(userId: string): Prisma.OrganizationWhereInput {
  return { OR: [{ memberships: { some: { userId, status: "ACTIVE" } } }, { contacts: { some: contactsGivingAccess(userId) } }] };
}
