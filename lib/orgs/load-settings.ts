// What Settings → Organization information shows (SPEC §2: org admins edit; billing and user
// admins and primary contacts view): the organization's information and billing details,
// in one statement. Pages and the role-matrix test call it with the access the guard loaded.
import type { Db, Tx } from "@/lib/db/prisma";
import type { Locale } from "@/lib/db/generated/enums";
import { checkAccess, type OrgAccess } from "@/lib/auth/access";

export const BILLING_DETAIL_FIELDS = ["legalName", "addressLine1", "addressLine2", "postalCode", "city", "country", "vatId"] as const;
export type BillingDetails = Record<(typeof BILLING_DETAIL_FIELDS)[number], string | null>;

export type OrganizationSettings = {
  name: string;
  slug: string;
  /** null: new contacts and invitations start in the language of the person adding them. */
  defaultLocale: Locale | null;
  billing: BillingDetails;
  /** URL names it used before, still redirecting here (newest first). */
  previousSlugs: { slug: string; expiresAt: Date }[];
};

export async function loadOrganizationSettings(db: Db | Tx, access: OrgAccess): Promise<OrganizationSettings> {
  checkAccess(access, "org.view");
  const row = await db.organization.findUniqueOrThrow({
    where: { id: access.organization.id },
    select: {
      name: true,
      slug: true,
      defaultLocale: true,
      legalName: true,
      addressLine1: true,
      addressLine2: true,
      postalCode: true,
      city: true,
      country: true,
      vatId: true,
      previousSlugs: {
        where: { expiresAt: { gt: new Date() } },
        select: { slug: true, expiresAt: true },
        orderBy: { expiresAt: "desc" },
        take: 10,
      },
    },
  });
  const { name, slug, defaultLocale, previousSlugs, ...billing } = row;
  return { name, slug, defaultLocale, billing, previousSlugs };
}
