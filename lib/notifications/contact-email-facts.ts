// What the contact edit dialog needs, besides the roles ticked on screen, to say which emails
// a contact gets and why (rules.ts emailsOfContact): its orders as LICENSEE or BILLING
// contact, and the organization role of the member with its address (an ORG_ADMIN gets the
// data protection alerts). One statement.
import { Prisma } from "@/lib/db/generated/client";
import type { OrgRole } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { contactIdSchema } from "@/lib/contacts/schemas";

/** Orders listed by name; a contact on more is told how many more. */
export const FACT_ORDERS = 20;

export type ContactEmailFacts = {
  status: "ACTIVE" | "INVITED" | "DISABLED";
  orders: { number: string; licensee: boolean; billing: boolean }[];
  moreOrders: number;
  orgRole: OrgRole | null;
};

export const contactEmailFacts = defineOrgAction({
  capability: "contacts.manage",
  schema: contactIdSchema,
  write: false,
  async run({ access, input }): Promise<ContactEmailFacts> {
    const organizationId = access.organization.id;
    const [row] = await db.$queryRaw<
      { status: ContactEmailFacts["status"]; orders: ContactEmailFacts["orders"] | null; orderCount: number; orgRole: OrgRole | null }[]
    >(Prisma.sql`
      SELECT c.status::text AS status,
        (SELECT json_agg(json_build_object('number', o.number, 'licensee', o."licenseeContactId" = c.id, 'billing', o."billingContactId" = c.id))
           FROM (SELECT * FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)
                 ORDER BY o."placedAt" DESC, o.id DESC LIMIT ${FACT_ORDERS}) o) AS orders,
        (SELECT count(*)::int FROM "Order" o WHERE o."organizationId" = c."organizationId" AND (o."licenseeContactId" = c.id OR o."billingContactId" = c.id)) AS "orderCount",
        (SELECT m.role::text FROM "User" u JOIN "Membership" m ON m."userId" = u.id AND m."organizationId" = c."organizationId" AND m.status = 'ACTIVE'
          WHERE u.email = c.email) AS "orgRole"
      FROM "Contact" c WHERE c.id = ${input.contactId} AND c."organizationId" = ${organizationId}`);
    if (!row) throw new AppError("NOT_FOUND", "contacts.errors.notFound");
    const orders = row.orders ?? [];
    return { status: row.status, orders, moreOrders: row.orderCount - orders.length, orgRole: row.orgRole };
  },
});
