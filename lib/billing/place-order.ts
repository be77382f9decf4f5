// Place order (SPEC §4; org admins and billing admins): products and quantities from the
// catalog, a licensee and a billing contact (the licensee unless another is named). One
// transaction: the contacts added when new, the order, its lines, licenses and invoice,
// the license certificate and invoice notifications (the routing table picks who), and
// the audit event; the mail worker is woken after commit.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { notify } from "@/lib/notifications/notify";
import { kickMailWorker } from "@/lib/mail/worker";
import { createOrderRecords, PLACEMENT_TRANSACTION } from "./create-order-records";
import { priceLines } from "./price-lines";
import { resolveOrderContact } from "./resolve-order-contact";
import { placeOrderSchema } from "./schemas";

export const placeOrder = defineOrgAction({
  capability: "billing.manage",
  visibleWith: BILLING_AREA,
  schema: placeOrderSchema,
  write: true,
  async run({ access, actor, input, locale }) {
    const organizationId = access.organization.id;
    const result = await db.$transaction(async (tx) => {
      const priced = await priceLines(tx, input.lines, input.currency);
      const licensee = await resolveOrderContact(tx, access, actor, input.licensee, {
        field: "licensee",
        language: input.licenseeLanguage ?? locale,
      });
      const billing = input.billing
        ? await resolveOrderContact(tx, access, actor, input.billing, { field: "billing", language: input.billingLanguage ?? locale })
        : licensee;
      const records = await createOrderRecords(tx, {
        organizationId,
        channel: "ONLINE",
        placedByUserId: actor.userId,
        licenseeContactId: licensee.id,
        billingContactId: billing.id,
        currency: input.currency,
        lines: priced.lines,
        totalCents: priced.totalCents,
      });
      await notify(tx, { kind: "license_certificate", organizationId, orderId: records.orderId });
      await notify(tx, { kind: "invoice", organizationId, invoiceId: records.invoiceId });
      await audit(tx, actor, {
        organizationId,
        action: "order.placed",
        targetType: "Order",
        targetId: records.orderId,
        metadata: {
          number: records.number,
          invoice: records.invoiceNumber,
          currency: input.currency,
          totalCents: priced.totalCents,
          lines: priced.lines.map((line) => ({ planId: line.planId, quantity: line.quantity, unitPriceCents: line.unitPriceCents })),
          licenseeContactId: licensee.id,
          billingContactId: billing.id,
        },
      });
      return { ...records, licensee, billing };
    }, PLACEMENT_TRANSACTION);
    kickMailWorker();
    return result;
  },
});
