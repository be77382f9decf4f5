// Request a quote (SPEC §4; org admins and billing admins): products, quantities and a
// note, priced from the catalog, valid 30 days. The requester and the NEW_QUOTES contacts
// are told (the routing table picks them) in the same transaction.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { notify } from "@/lib/notifications/notify";
import { kickMailWorker } from "@/lib/mail/worker";
import { nextNumber } from "./numbers";
import { PLACEMENT_TRANSACTION } from "./create-order-records";
import { priceLines } from "./price-lines";
import { requestQuoteSchema } from "./schemas";

export const QUOTE_VALID_DAYS = 30;

export const requestQuote = defineOrgAction({
  capability: "billing.manage",
  visibleWith: BILLING_AREA,
  schema: requestQuoteSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    const result = await db.$transaction(async (tx) => {
      const priced = await priceLines(tx, input.lines, input.currency);
      const now = new Date();
      const number = await nextNumber(tx, organizationId, "QUOTE", now);
      const quote = await tx.quote.create({
        data: {
          organizationId,
          number,
          requestedByUserId: actor.userId,
          requesterContactId: access.contactId,
          note: input.note,
          items: priced.lines.map((line) => ({
            planId: line.planId,
            product: line.product,
            plan: line.plan,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
          })),
          amountCents: priced.totalCents,
          currency: input.currency,
          validUntil: new Date(now.getTime() + QUOTE_VALID_DAYS * 86_400_000),
          createdAt: now,
        },
        select: { id: true, number: true },
      });
      await notify(tx, { kind: "quote_created", organizationId, quoteId: quote.id });
      await audit(tx, actor, {
        organizationId,
        action: "quote.requested",
        targetType: "Quote",
        targetId: quote.id,
        metadata: { number, currency: input.currency, amountCents: priced.totalCents },
      });
      return quote;
    }, PLACEMENT_TRANSACTION);
    kickMailWorker();
    return result;
  },
});
