// "Add a contact from your company" (SPEC §4): only for an email on one of the
// organization's verified domains.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { findVerifiedDomainForEmail } from "@/lib/domains/verified-domain-for-email";
import { addContactSchema } from "./schemas";
import { contactSearchText } from "./search-text";

export const addContact = defineOrgAction({
  capability: "contacts.manage",
  schema: addContactSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return onUnique(
      db.$transaction(async (tx) => {
        if (!(await findVerifiedDomainForEmail(tx, organizationId, input.email))) {
          throw new AppError("DOMAIN_NOT_VERIFIED", "contacts.errors.notVerifiedDomain", {
            field: "email",
            params: { domain: input.email.split("@")[1] },
          });
        }
        const contact = await tx.contact.create({
          data: {
            organizationId,
            name: input.name,
            email: input.email,
            phone: input.phone,
            language: input.language,
            status: "ACTIVE",
            source: "DIRECT",
            // Linked to the account with this email, if any, by the database (Contact.userId).
            searchText: contactSearchText(input.name, input.email),
          },
          select: { id: true, name: true, email: true },
        });
        await tx.contactRole.createMany({ data: input.roles.map((role) => ({ role, organizationId, contactId: contact.id })) });
        await audit(tx, actor, {
          organizationId,
          action: "contact.created",
          targetType: "Contact",
          targetId: contact.id,
          metadata: { email: input.email, roles: input.roles, source: "DIRECT" },
        });
        return contact;
      }),
      // The form offers to edit the contact already there.
      async () => {
        const existing = await db.contact.findUnique({
          where: { organizationId_email: { organizationId, email: input.email } },
          select: { id: true },
        });
        return new AppError("CONTACT_EXISTS", "contacts.errors.exists", {
          field: "email",
          details: existing ? { contactId: existing.id, email: input.email } : undefined,
        });
      },
    );
  },
});
