import { db } from "@/lib/db/prisma";
import { defineUserAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { limitRules } from "@/lib/rate-limit/rules";
import { claimSlug, lockSlugs } from "./previous-slugs";
import { createOrganizationSchema } from "./schemas";

/**
 * Creates an organization whose creator becomes its ORG_ADMIN. It has no default language
 * for new contacts until an admin chooses one (each adder's own language applies until then),
 * and it cannot take another organization's previous URL name (previous-slugs.ts). At most
 * ORGANIZATIONS_PER_USER_PER_DAY per account: each new organization may send invitations
 * (from the app's budget for newcomers, lib/rate-limit/rules.ts).
 */
export const createOrganization = defineUserAction({
  schema: createOrganizationSchema,
  async run({ actor, input, locale }) {
    return onUnique(
      db.$transaction(async (tx) => {
        await enforceLimits(
          tx,
          [{ rule: limitRules.organizationsCreated(actor.userId), messageKey: "errors.tooManyOrganizations", field: "name" }],
          locale,
        );
        await lockSlugs(tx, [input.slug]);
        await claimSlug(tx, input.slug, null, locale);
        const organization = await tx.organization.create({
          data: { name: input.name, slug: input.slug },
          select: { id: true, slug: true },
        });
        await tx.membership.create({
          data: { organizationId: organization.id, userId: actor.userId, role: "ORG_ADMIN", status: "ACTIVE", lastActiveAt: new Date() },
        });
        await audit(tx, actor, {
          organizationId: organization.id,
          action: "organization.created",
          targetType: "Organization",
          targetId: organization.id,
          metadata: { name: input.name, slug: input.slug },
        });
        return organization;
      }),
      // Another organization has the name (unique): the same refusal as a rename to it.
      () => new AppError("CONFLICT", "errors.slugTaken", { field: "slug" }),
    );
  },
});
