// Assign a license seat to a person's email (SPEC §2: PRIMARY_LICENSEE contacts and org
// admins). The license row is locked while its seats are counted, so two assignments at
// once never give more seats than were bought.
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AccessError, AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { assignLicenseSchema } from "./schemas";
import { manageLicensesScope, scopeSql, viewCapabilities, viewScope } from "./visibility";

export const assignLicense = defineOrgAction({
  capability: "licenses.manage",
  visibleWith: viewCapabilities("license"),
  schema: assignLicenseSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    return onUnique(
      db.$transaction(async (tx) => {
        const [license] = await tx.$queryRaw<{ id: string; product: string; seats: number; manageable: boolean }[]>(Prisma.sql`
          SELECT l.id, l.product, l.seats, (${scopeSql(manageLicensesScope(access), "l", "o")}) AS manageable
          FROM "License" l JOIN "Order" o ON o."organizationId" = l."organizationId" AND o.id = l."orderId"
          WHERE l.id = ${input.licenseId} AND ${scopeSql(viewScope(access, "license"), "l", "o")}
          FOR UPDATE OF l`);
        if (!license) throw new AppError("NOT_FOUND", "billing.errors.licenseNotFound");
        if (!license.manageable) throw new AccessError("FORBIDDEN");
        const used = await tx.licenseAssignment.count({ where: { organizationId, licenseId: license.id } });
        if (used >= license.seats)
          throw new AppError("NO_SEATS_LEFT", "billing.errors.noSeatsLeft", { field: "email", params: { seats: license.seats } });
        const assignment = await tx.licenseAssignment.create({
          data: { organizationId, licenseId: license.id, email: input.email, assignedByUserId: actor.userId },
          select: { id: true, email: true },
        });
        await audit(tx, actor, {
          organizationId,
          action: "license.assigned",
          targetType: "License",
          targetId: license.id,
          metadata: { email: input.email, product: license.product, seatsUsed: used + 1, seats: license.seats },
        });
        return assignment;
      }),
      () => new AppError("DUPLICATE", "billing.errors.alreadyAssigned", { field: "email", params: { email: input.email } }),
    );
  },
});
