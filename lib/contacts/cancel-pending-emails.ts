import type { Tx } from "@/lib/db/prisma";

/** Emails that are not contact notifications: an invitation goes to whoever the admin addressed. */
const NOT_CONTACT_NOTIFICATIONS = ["contact-invitation", "user-invitation", "sign-in"];

/**
 * A disabled contact gets no email (SPEC §3), including the ones queued before it was
 * disabled and not yet delivered.
 */
export async function cancelPendingContactEmails(tx: Tx, organizationId: string, email: string): Promise<number> {
  const { count } = await tx.emailOutbox.updateMany({
    where: { organizationId, toEmail: email, status: "PENDING", template: { notIn: NOT_CONTACT_NOTIFICATIONS } },
    data: { status: "CANCELLED", lastError: "cancelled: the recipient contact was disabled" },
  });
  return count;
}
