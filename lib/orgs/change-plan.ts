// Settings → Plan → Change plan (SPEC §2: org and billing admins): any active plan of the
// subscription's product in the catalogue, effective at once, audited before → after, and
// the org admins and PRIMARY_BILLING contacts emailed (routing table, same transaction).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { notify } from "@/lib/notifications/notify";
import { kickMailWorker } from "@/lib/mail/worker";
import { lockOrganizationFor } from "./lock-organization";
import { changePlanSchema } from "./schemas";

type PlanRow = { id: string; name: string; productId: string; product: { name: string } };

export const changePlan = defineOrgAction({
  capability: "subscription.manage",
  schema: changePlanSchema,
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    const result = await db.$transaction(async (tx) => {
      const locked = await lockOrganizationFor(tx, access, "subscription.manage");
      const select = { id: true, name: true, productId: true, product: { select: { name: true } } } as const;
      const current: PlanRow = await tx.productPlan.findUniqueOrThrow({ where: { id: locked.planId }, select });
      // Only the plans the catalogue offers now, of the same product (an add-on is no subscription plan).
      const next: PlanRow | null = await tx.productPlan.findFirst({
        where: { id: input.planId, productId: current.productId, active: true, product: { active: true } },
        select,
      });
      if (!next) throw new AppError("INVALID", "settings.plan.unknownPlan", { field: "planId" });
      if (next.id === current.id) return { planId: current.id, plan: current.name, changed: false, emailed: 0 };
      await tx.organization.update({ where: { id: organizationId }, data: { planId: next.id } });
      await audit(tx, actor, {
        organizationId,
        action: "organization.plan_changed",
        targetType: "Organization",
        targetId: organizationId,
        metadata: {
          product: current.product.name,
          before: { planId: current.id, plan: current.name },
          after: { planId: next.id, plan: next.name },
        },
      });
      const { emailIds } = await notify(tx, {
        kind: "plan_changed",
        organizationId,
        previousPlan: current.name,
        changedByUserId: actor.userId,
      });
      return { planId: next.id, plan: next.name, changed: true, emailed: emailIds.length };
    });
    if (result.emailed > 0) kickMailWorker();
    return result;
  },
});
