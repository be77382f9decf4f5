// Mark as paid (SPEC §4): billing admins, org admins and PRIMARY_BILLING contacts for every
// invoice, an order's BILLING contact for that order's invoice. The invoice row is locked,
// so two people marking it at once record one payment; a paid or void invoice is refused.
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { markInvoicePaidSchema } from "./schemas";
import { payScope, scopeSql, viewCapabilities, viewScope } from "./visibility";

export const markInvoicePaid = defineOrgAction({
  capability: ["invoices.pay", "invoices.payOwn"],
  visibleWith: viewCapabilities("invoice"),
  schema: markInvoicePaidSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const [invoice] = await tx.$queryRaw<{ id: string; number: string; status: string; issuedAt: Date; payable: boolean }[]>(Prisma.sql`
        SELECT i.id, i.number, i.status::text AS status, i."issuedAt", (${scopeSql(payScope(access), "i", "o")}) AS payable
        FROM "Invoice" i JOIN "Order" o ON o."organizationId" = i."organizationId" AND o.id = i."orderId"
        WHERE i.id = ${input.invoiceId} AND ${scopeSql(viewScope(access, "invoice"), "i", "o")}
        FOR UPDATE OF i`);
      if (!invoice) throw new AppError("NOT_FOUND", "billing.errors.invoiceNotFound");
      if (!invoice.payable) throw new AccessError("FORBIDDEN");
      if (invoice.status === "PAID")
        throw new AppError("ALREADY_PAID", "billing.errors.alreadyPaid", { field: "invoiceId", params: { number: invoice.number } });
      if (invoice.status === "VOID")
        throw new AppError("INVOICE_VOID", "billing.errors.invoiceVoid", { field: "invoiceId", params: { number: invoice.number } });
      const today = new Date();
      const paidAt = input.paidOn ?? today;
      if (paidAt.getTime() > today.getTime()) throw new AppError("INVALID", "billing.errors.paidInFuture", { field: "paidOn" });
      const issuedDay = Date.UTC(invoice.issuedAt.getUTCFullYear(), invoice.issuedAt.getUTCMonth(), invoice.issuedAt.getUTCDate());
      if (paidAt.getTime() < issuedDay) throw new AppError("INVALID", "billing.errors.paidBeforeIssue", { field: "paidOn" });
      await tx.invoice.update({ where: { id: invoice.id, organizationId }, data: { status: "PAID", paidAt } });
      await audit(tx, actor, {
        organizationId,
        action: "invoice.paid",
        targetType: "Invoice",
        targetId: invoice.id,
        metadata: { number: invoice.number, paidAt: paidAt.toISOString() },
      });
      return { id: invoice.id, number: invoice.number, paidAt };
    });
  },
});
