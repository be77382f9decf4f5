// Per-test data with unique emails and slugs, so tests never share records.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/prisma";
import type { ContactRoleType, OrgRole } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/access";
import { contactSearchText } from "@/lib/contacts/search-text";

export const uid = () => randomBytes(4).toString("hex");

export async function createUser(overrides: { email?: string; name?: string; locale?: "en" | "fr" } = {}) {
  const id = uid();
  return db.user.create({
    data: { email: overrides.email ?? `user-${id}@example.test`, name: overrides.name ?? `User ${id}`, locale: overrides.locale ?? "en" },
  });
}

export const actorOf = (user: { id: string }): Actor => ({ userId: user.id, ip: "127.0.0.1", userAgent: "vitest" });

/** An organization with one active user per organization role. */
export async function createOrgWithRoles(name = "Org") {
  const slug = `org-${uid()}`;
  const organization = await db.organization.create({ data: { name: `${name} ${slug}`, slug } });
  const users = {} as Record<OrgRole, Awaited<ReturnType<typeof createUser>>>;
  for (const role of ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const) {
    users[role] = await createUser();
    await db.membership.create({ data: { organizationId: organization.id, userId: users[role].id, role, status: "ACTIVE" } });
  }
  return { organization, users };
}

export async function createContact(
  organizationId: string,
  input: {
    name?: string;
    email?: string;
    roles?: ContactRoleType[];
    userId?: string | null;
    status?: "ACTIVE" | "INVITED" | "DISABLED";
    language?: "en" | "fr";
  } = {},
) {
  const id = uid();
  const name = input.name ?? `Contact ${id}`;
  const email = (input.email ?? `contact-${id}@example.test`).toLowerCase();
  const contact = await db.contact.create({
    data: {
      organizationId,
      name,
      email,
      searchText: contactSearchText(name, email),
      userId: input.userId ?? null,
      status: input.status ?? "ACTIVE",
      language: input.language ?? "en",
    },
  });
  await db.contactRole.createMany({ data: (input.roles ?? []).map((role) => ({ role, organizationId, contactId: contact.id })) });
  return contact;
}

export async function createOrder(organizationId: string, licenseeContactId: string, billingContactId = licenseeContactId) {
  return db.order.create({ data: { organizationId, number: `R-${uid()}`, licenseeContactId, billingContactId } });
}
