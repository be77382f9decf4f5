// The licensee or billing contact an order names: an active contact of the organization
// chosen from the list, or a name and email (SPEC §4: an email not on the list adds the
// contact automatically, with no organization-wide role, source ORDER). The row stays
// locked until the transaction ends, so it cannot be disabled while the order names it.
import type { Tx } from "@/lib/db/prisma";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n";
import { AppError } from "@/lib/errors/app-error";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { lockContact } from "@/lib/contacts/order-roles";
import type { PersonInput } from "./schemas";

export type OrderContact = { id: string; name: string; email: string; created: boolean };

export async function resolveOrderContact(
  tx: Tx,
  access: OrgAccess,
  actor: Actor,
  person: PersonInput,
  options: { field: "licensee" | "billing"; language: Locale },
): Promise<OrderContact> {
  const organizationId = access.organization.id;
  const field = `${options.field}Email`;
  let contact: { id: string; name: string; email: string; status: string };
  let created = false;
  if (person.contactId) {
    // Another organization's contact id is simply not found here.
    const locked = await lockContact(tx, organizationId, person.contactId);
    if (!locked) throw new AppError("INVALID", "billing.errors.contactNotFound", { field });
    contact = locked;
  } else {
    const added = await addOrFindContact(tx, {
      organizationId,
      email: person.email!,
      name: person.name,
      language: options.language,
      source: "ORDER",
      actor,
      auditMetadata: { reason: `order ${options.field}` },
    });
    contact = added.contact;
    created = added.created;
  }
  if (contact.status === "DISABLED")
    throw new AppError("INVALID", "billing.errors.contactDisabled", { field, params: { name: contact.name } });
  if (contact.status !== "ACTIVE")
    throw new AppError("INVALID", "billing.errors.contactNotActive", { field, params: { name: contact.name } });
  return { id: contact.id, name: contact.name, email: contact.email, created };
}
