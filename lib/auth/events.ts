import { db } from "@/lib/db/prisma";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Locale } from "@/lib/i18n";

/** A new account is linked to the contact records that carry its email (SPEC §1 Contact). */
export async function onUserCreated(userId: string, email: string, locale: Locale = "en"): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { locale } });
    const linked = await tx.contact.updateMany({ where: { email: email.toLowerCase(), userId: null }, data: { userId } });
    await recordAuditEvent(tx, { organizationId: null, actorUserId: userId, action: "user.created", targetType: "User", targetId: userId, metadata: { linkedContacts: linked.count } });
  });
}

export async function onSignedIn(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, { organizationId: null, actorUserId: userId, action: "user.signed_in", targetType: "User", targetId: userId });
  });
}
