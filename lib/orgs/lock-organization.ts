// What a change to the organization itself does first, inside its transaction: lock the
// organization row and read the caller's organization role again (it may have changed since
// the guard loaded it), still holding the capability. One statement.
import type { Tx } from "@/lib/db/prisma";
import type { Locale, OrgRole } from "@/lib/db/generated/enums";
import { ORG_ROLE_CAPABILITIES, type Capability } from "@/lib/auth/capabilities";
import type { OrgAccess } from "@/lib/auth/access";
import { AccessError } from "@/lib/errors/app-error";

export type LockedOrganization = { name: string; slug: string; defaultLocale: Locale | null; planId: string };

export async function lockOrganizationFor(
  tx: Tx,
  access: Pick<OrgAccess, "organization" | "userId">,
  capability: Capability,
): Promise<LockedOrganization> {
  const rows = await tx.$queryRaw<(LockedOrganization & { role: OrgRole | null })[]>`
    SELECT o.name, o.slug, o."defaultLocale"::text AS "defaultLocale", o."planId",
      (SELECT m.role::text FROM "Membership" m WHERE m."organizationId" = o.id AND m."userId" = ${access.userId} AND m.status = 'ACTIVE') AS role
    FROM "Organization" o WHERE o.id = ${access.organization.id}
    FOR UPDATE OF o`;
  const row = rows[0];
  if (!row?.role) throw new AccessError("NOT_FOUND");
  if (!ORG_ROLE_CAPABILITIES[row.role].includes(capability)) throw new AccessError("FORBIDDEN");
  return { name: row.name, slug: row.slug, defaultLocale: row.defaultLocale, planId: row.planId };
}
