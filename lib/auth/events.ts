import { db } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Locale } from "@/lib/i18n";

/**
 * A first sign-in made the account: it starts in the visitor's language, audited with the
 * contact records of its email, which the database linked to it as the row was written
 * (Contact.userId; Auth.js runs this event best-effort, so the link cannot depend on it).
 */
export async function onUserCreated(userId: string, locale: Locale = "en"): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { locale } });
    const linkedContacts = await tx.contact.count({ where: { userId } });
    await audit(
      tx,
      { userId },
      { organizationId: null, action: "user.created", targetType: "User", targetId: userId, metadata: { linkedContacts } },
    );
  });
}

export async function onSignedIn(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await audit(tx, { userId }, { organizationId: null, action: "user.signed_in", targetType: "User", targetId: userId });
  });
}
