// Revoke a license seat: the seat is free again; the audit log keeps who had it.
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { revokeLicenseSchema } from "./schemas";
import { manageLicensesScope, scopeSql, viewCapabilities, viewScope } from "./visibility";

export const revokeLicense = defineOrgAction({
  capability: "licenses.manage",
  visibleWith: viewCapabilities("license"),
  schema: revokeLicenseSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const [assignment] = await tx.$queryRaw<
        { id: string; email: string; licenseId: string; product: string; manageable: boolean }[]
      >(Prisma.sql`
        SELECT a.id, a.email, l.id AS "licenseId", l.product, (${scopeSql(manageLicensesScope(access), "l", "o")}) AS manageable
        FROM "LicenseAssignment" a
        JOIN "License" l ON l."organizationId" = a."organizationId" AND l.id = a."licenseId"
        JOIN "Order" o ON o."organizationId" = l."organizationId" AND o.id = l."orderId"
        WHERE a.id = ${input.assignmentId} AND a."organizationId" = ${organizationId} AND ${scopeSql(viewScope(access, "license"), "l", "o")}
        FOR UPDATE OF a`);
      if (!assignment) throw new AppError("NOT_FOUND", "billing.errors.assignmentNotFound");
      if (!assignment.manageable) throw new AccessError("FORBIDDEN");
      await tx.licenseAssignment.delete({ where: { id: assignment.id } });
      await audit(tx, actor, {
        organizationId,
        action: "license.revoked",
        targetType: "License",
        targetId: assignment.licenseId,
        metadata: { email: assignment.email, product: assignment.product },
      });
      return { id: assignment.id, email: assignment.email };
    });
  },
});
