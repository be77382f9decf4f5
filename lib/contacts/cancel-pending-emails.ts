import type { Tx } from "@/lib/db/prisma";
import { DISABLED_RECIPIENT_REASON, NOT_CONTACT_NOTIFICATIONS } from "@/lib/mail/disabled-recipients";

/**
 * A disabled contact gets no email (SPEC §3), including the ones queued before it was
 * disabled and not yet delivered. (The dispatcher checks again when it claims an email.)
 */
export async function cancelPendingContactEmails(tx: Tx, organizationId: string, email: string): Promise<number> {
  const { count } = await tx.emailOutbox.updateMany({
    where: { organizationId, toEmail: email, status: "PENDING", template: { notIn: [...NOT_CONTACT_NOTIFICATIONS] } },
    data: { status: "CANCELLED", lastError: DISABLED_RECIPIENT_REASON },
  });
  return count;
}
