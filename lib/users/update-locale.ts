import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/access";
import { LOCALES, type Locale } from "@/lib/i18n";

export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: "errors.invalid" }) });

/** Remembers the interface language on the account (the cookie covers signed-out visits). */
export async function updateUserLocale(actor: Actor, locale: Locale): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: actor.userId }, data: { locale } });
    await audit(tx, actor, {
      organizationId: null,
      action: "user.locale_changed",
      targetType: "User",
      targetId: actor.userId,
      metadata: { from: before.locale, to: locale },
    });
  });
}
