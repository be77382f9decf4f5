import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { domainIdSchema } from "./schemas";

/** Removes one of the organization's domains. Contacts already added stay; new ones on it must be invited. */
export const removeDomain = defineOrgAction({
  capability: "domains.manage",
  schema: domainIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ id: string; domain: string }> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const row = await tx.verifiedDomain.findFirst({
        where: { id: input.domainId, organizationId },
        select: { id: true, domain: true, status: true },
      });
      if (!row) throw new AppError("NOT_FOUND", "domains.errors.notFound");
      const deleted = await tx.verifiedDomain.deleteMany({ where: { id: row.id, organizationId } });
      if (deleted.count === 0) throw new AppError("NOT_FOUND", "domains.errors.notFound");
      await audit(tx, actor, {
        organizationId,
        action: "domain.removed",
        targetType: "VerifiedDomain",
        targetId: row.id,
        metadata: { domain: row.domain, status: row.status },
      });
      return { id: row.id, domain: row.domain };
    });
  },
});
