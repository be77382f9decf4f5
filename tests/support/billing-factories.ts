// Billing fixtures: an organization with one user per organization role, one signed-in
// contact per contact role, and two orders made by the same code the Place order action
// uses: A (its LICENSEE is `licenseeOfA`) and B (its BILLING contact is `billingOfB`).
import { db } from "@/lib/db/prisma";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { createOrderRecords } from "@/lib/billing/create-order-records";
import { createContact, createOrgWithRoles, createUser } from "./factories";

export const CLOUD_BUSINESS = { planId: "cloud-business", product: "Roster Cloud", plan: "Business", unitPriceCents: 9600 };

/** A contact linked to its own user, who can sign in with the contact's email. */
export async function createSignedInContact(organizationId: string, roles: ContactRoleType[] = [], options: { locale?: "en" | "fr" } = {}) {
  const user = await createUser({ locale: options.locale });
  const contact = await createContact(organizationId, {
    email: user.email,
    userId: user.id,
    roles,
    name: user.name ?? undefined,
    language: options.locale,
  });
  return { user, contact };
}

export async function createTestOrder(organizationId: string, licenseeContactId: string, billingContactId = licenseeContactId, seats = 3) {
  return db.$transaction((tx) =>
    createOrderRecords(tx, {
      organizationId,
      channel: "ONLINE",
      placedByUserId: null,
      licenseeContactId,
      billingContactId,
      currency: "EUR",
      lines: [{ ...CLOUD_BUSINESS, quantity: seats }],
      totalCents: seats * CLOUD_BUSINESS.unitPriceCents,
    }),
  );
}

export async function createBillingWorld(name = "Billing") {
  const org = await createOrgWithRoles(name);
  const organizationId = org.organization.id;
  const byContactRole = {} as Record<ContactRoleType, Awaited<ReturnType<typeof createSignedInContact>>>;
  for (const role of CONTACT_ROLES) byContactRole[role] = await createSignedInContact(organizationId, [role]);
  const licenseeOfA = await createSignedInContact(organizationId);
  const billingOfB = await createSignedInContact(organizationId);
  const someone = await createContact(organizationId);
  const orderA = await createTestOrder(organizationId, licenseeOfA.contact.id, someone.id);
  const orderB = await createTestOrder(organizationId, someone.id, billingOfB.contact.id);
  return { ...org, byContactRole, licenseeOfA, billingOfB, someone, orderA, orderB };
}

/** The billing details form as the browser sends it: every field, empty unless given. */
export function billingDetailsForm(
  fields: Partial<Record<"legalName" | "addressLine1" | "addressLine2" | "postalCode" | "city" | "country" | "vatId", string>>,
) {
  return { legalName: "", addressLine1: "", addressLine2: "", postalCode: "", city: "", country: "", vatId: "", ...fields };
}
