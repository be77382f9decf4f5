// Settings → Organization information (SPEC §2: org admins edit; billing and user admins
// view): name, URL name and the default language of new contacts and invitations, audited
// before → after. A new URL name keeps the previous one redirecting (previous-slugs.ts).
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { lockOrganizationFor } from "./lock-organization";
import { claimSlug, keepPreviousSlug, lockSlugs } from "./previous-slugs";
import { organizationInfoSchema } from "./schemas";

const FIELDS = ["name", "slug", "defaultLocale"] as const;

export const updateOrganizationInfo = defineOrgAction({
  capability: "org.edit",
  schema: organizationInfoSchema,
  write: true,
  async run({ access, actor, input, locale }) {
    const organizationId = access.organization.id;
    return onUnique(
      db.$transaction(async (tx) => {
        const before = await lockOrganizationFor(tx, access, "org.edit");
        const changed = FIELDS.filter((field) => before[field] !== input[field]);
        if (changed.length === 0) return { slug: before.slug, changed };
        let previousSlugKeptUntil: Date | null = null;
        if (input.slug !== before.slug) {
          await lockSlugs(tx, [before.slug, input.slug]);
          await claimSlug(tx, input.slug, organizationId, locale);
        }
        await tx.organization.update({
          where: { id: organizationId },
          data: { name: input.name, slug: input.slug, defaultLocale: input.defaultLocale },
        });
        if (input.slug !== before.slug) previousSlugKeptUntil = await keepPreviousSlug(tx, organizationId, before.slug);
        await audit(tx, actor, {
          organizationId,
          action: "organization.information_updated",
          targetType: "Organization",
          targetId: organizationId,
          metadata: {
            changed,
            before: Object.fromEntries(changed.map((field) => [field, before[field]])),
            after: Object.fromEntries(changed.map((field) => [field, input[field]])),
            ...(previousSlugKeptUntil ? { previousSlugKeptUntil: previousSlugKeptUntil.toISOString() } : {}),
          },
        });
        return { slug: input.slug, changed };
      }),
      () => new AppError("CONFLICT", "errors.slugTaken", { field: "slug" }),
    );
  },
});
