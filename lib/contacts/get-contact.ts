// One contact as the contacts table shows its row (the REST API's GET of a contact): the same
// columns as the list (list-contacts.ts), in one statement, for whoever may see the list.
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { contactListItem, ROW_COLUMNS, toRow, type ContactListItem, type RawRow } from "./list-contacts";
import { contactIdSchema } from "./schemas";

export const getContact = defineOrgAction({
  capability: "contacts.view",
  schema: contactIdSchema,
  write: false,
  async run({ access, input }): Promise<ContactListItem> {
    const [row] = await db.$queryRaw<RawRow[]>(Prisma.sql`
      SELECT ${ROW_COLUMNS} FROM "Contact" c WHERE c."organizationId" = ${access.organization.id} AND c.id = ${input.contactId}`);
    if (!row) throw new AppError("NOT_FOUND", "contacts.errors.notFound");
    return contactListItem(toRow(row));
  },
});
