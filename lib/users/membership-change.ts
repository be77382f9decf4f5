// What every change to an organization's memberships does first, inside its transaction:
// lock the organization row (so changes to one organization's memberships run one after
// the other and each sees what the previous committed), then read the caller's role again
// (it may have changed since the guard loaded it) and the target membership. The database
// trigger "membership_keeps_an_org_admin" (see prisma/schema.prisma) is the last word on
// the last active ORG_ADMIN; `keepsAnAdmin` gives the same answer early, with a clear message.
import type { Tx } from "@/lib/db/prisma";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import { ORG_ROLE_CAPABILITIES, type Capability } from "@/lib/auth/capabilities";
import type { OrgAccess } from "@/lib/auth/access";
import { AccessError, AppError } from "@/lib/errors/app-error";

export type LockedMembership = { id: string; userId: string; role: OrgRole; status: MembershipStatus; email: string; name: string | null };

/**
 * Locks the organization for a membership change and returns the caller's current role, still
 * holding `capability`. Through an API key, the role it acts with is the narrower of the key's
 * and its creator's current one (the key never outgrows its creator, nor its own role).
 */
export async function beginMembershipChange(
  tx: Tx,
  access: Pick<OrgAccess, "organization" | "userId"> & { apiKeyRole?: OrgRole | null },
  capability: Capability,
): Promise<OrgRole> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${access.organization.id} FOR NO KEY UPDATE`;
  const me = await tx.membership.findFirst({
    where: { organizationId: access.organization.id, userId: access.userId, status: "ACTIVE" },
    select: { role: true },
  });
  if (!me) throw new AccessError("NOT_FOUND");
  const role = access.apiKeyRole ? narrowerRole(me.role, access.apiKeyRole) : me.role;
  if (!ORG_ROLE_CAPABILITIES[me.role].includes(capability) || !ORG_ROLE_CAPABILITIES[role].includes(capability))
    throw new AccessError("FORBIDDEN");
  return role;
}

/**
 * Of two roles, the one that may do less: ORG_ADMIN yields to any other; of BILLING_ADMIN and
 * USER_ADMIN (neither above the other) the capability check above refuses every users change.
 */
function narrowerRole(person: OrgRole, key: OrgRole): OrgRole {
  if (person === "ORG_ADMIN") return key;
  if (key === "ORG_ADMIN") return person;
  return person === "MEMBER" || key === "MEMBER" ? "MEMBER" : key;
}

/** The organization's membership `membershipId`, locked; another organization's id (or a stale one) is not found. */
export async function lockMembership(
  tx: Tx,
  organizationId: string,
  membershipId: string,
  field = "membershipId",
): Promise<LockedMembership> {
  const rows = await tx.$queryRaw<LockedMembership[]>`
    SELECT m.id, m."userId", m.role::text AS role, m.status::text AS status, u.email, u.name
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m.id = ${membershipId} AND m."organizationId" = ${organizationId}
    FOR UPDATE OF m`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "users.errors.notFound", { field });
  return rows[0];
}

/** Refuses a change that would leave the organization without an active ORG_ADMIN (call after beginMembershipChange). */
export async function keepsAnAdmin(tx: Tx, organizationId: string, target: LockedMembership, field: string): Promise<void> {
  if (target.role !== "ORG_ADMIN" || target.status !== "ACTIVE") return;
  const others = await tx.membership.count({ where: { organizationId, role: "ORG_ADMIN", status: "ACTIVE", id: { not: target.id } } });
  if (others === 0) throw lastAdminError(field);
}

export function lastAdminError(field?: string): AppError {
  return new AppError("LAST_ADMIN", "users.errors.lastAdmin", field ? { field } : {});
}

/** Whether a database error is the last-admin trigger refusing a commit. */
export function isLastAdminViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const text = `${(e as { message?: unknown }).message ?? ""} ${JSON.stringify((e as { meta?: unknown }).meta ?? "")} ${(e as { constraint?: unknown }).constraint ?? ""}`;
    if (text.includes("membership_keeps_an_org_admin") || text.includes("would have no active ORG_ADMIN")) return true;
  }
  return false;
}

/** Runs a membership-changing transaction, turning the trigger's refusal into the LAST_ADMIN error. */
export async function withLastAdminGuard<T>(run: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isLastAdminViolation(error)) throw lastAdminError(field);
    throw error;
  }
}
