// Tenant scoping helper: adds the organization from the guard's access to a `where`.
// Use cases either call it or write `organizationId` into their `where` themselves; the
// composite (organizationId, id) foreign keys keep rows of one organization from
// pointing at another's.
import type { OrgAccess } from "./access";

export function inOrg<W extends object>(access: Pick<OrgAccess, "organization">, where: W): W & { organizationId: string } {
  return { ...where, organizationId: access.organization.id };
}
