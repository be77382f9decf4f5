// Tenant scoping: every query on tenant data goes through these, so another
// organization's id is simply "not found".
import type { OrgAccess } from "./access";

export function inOrg<W extends object>(access: Pick<OrgAccess, "organization">, where: W): W & { organizationId: string } {
  return { ...where, organizationId: access.organization.id };
}

/** Checks that a record read by id belongs to the organization from the URL. */
export function belongsTo(access: Pick<OrgAccess, "organization">, record: { organizationId: string } | null | undefined): boolean {
  return !!record && record.organizationId === access.organization.id;
}
