// Billing details (legal name, address, VAT id) shown on invoices: org admins, billing
// admins and PRIMARY_BILLING contacts edit them (SPEC §2).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { billingDetailsSchema } from "./schemas";

export const updateBillingDetails = defineOrgAction({
  capability: "billingDetails.edit",
  visibleWith: [...BILLING_AREA, "billingDetails.edit"],
  schema: billingDetailsSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({
        where: { id: organizationId },
        select: { legalName: true, addressLine1: true, addressLine2: true, postalCode: true, city: true, country: true, vatId: true },
      });
      await tx.organization.update({ where: { id: organizationId }, data: input });
      const changed = Object.keys(input).filter((key) => before[key as keyof typeof before] !== input[key as keyof typeof input]);
      await audit(tx, actor, {
        organizationId,
        action: "organization.billing_details_updated",
        targetType: "Organization",
        targetId: organizationId,
        metadata: { changed },
      });
      return { changed };
    });
  },
});
