// "Edit" (SPEC §4): name, notification language and every role; the email stays.
// Not for a disabled contact: its roles change only in Enable's dialog, which sets exactly
// the roles confirmed there, so nothing written meanwhile could come back with it.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { lockContactOrThrow } from "./order-roles";
import { replaceContactRoles } from "./roles";
import { updateContactSchema } from "./schemas";
import { contactSearchText } from "./search-text";

export const updateContact = defineOrgAction({
  capability: "contacts.manage",
  schema: updateContactSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      // Two admins editing at once take turns instead of colliding on the role rows.
      const contact = await lockContactOrThrow(tx, organizationId, input.contactId);
      // Checked on the locked row: a Disable that committed meanwhile is seen here.
      if (contact.status === "DISABLED") throw new AppError("CONTACT_DISABLED", "contacts.errors.editDisabled");
      await tx.contact.update({
        where: { id: contact.id },
        data: { name: input.name, phone: input.phone, language: input.language, searchText: contactSearchText(input.name, contact.email) },
      });
      const roles = await replaceContactRoles(tx, organizationId, contact.id, input.roles);
      await audit(tx, actor, {
        organizationId,
        action: "contact.updated",
        targetType: "Contact",
        targetId: contact.id,
        metadata: {
          name: { from: contact.name, to: input.name },
          phone: { from: contact.phone, to: input.phone },
          language: { from: contact.language, to: input.language },
          rolesAdded: roles.added,
          rolesRemoved: roles.removed,
        },
      });
      return { id: contact.id, name: input.name };
    });
  },
});
