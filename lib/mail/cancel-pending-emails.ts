import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import { DISABLED_RECIPIENT_REASON, NOT_CONTACT_NOTIFICATIONS } from "./disabled-recipients";
import { eraseSecrets } from "./outbox-secrets";

/**
 * A disabled contact gets no email (SPEC §3), including the ones queued before it was
 * disabled and not yet delivered. (The dispatcher checks again when it claims an email.)
 * Like every statement that finishes an outbox row, it erases the row's secrets.
 */
export async function cancelPendingContactEmails(tx: Tx, organizationId: string, email: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "EmailOutbox"
    SET "status" = 'CANCELLED', "lastError" = ${DISABLED_RECIPIENT_REASON}, ${eraseSecrets('"EmailOutbox"')}
    WHERE "organizationId" = ${organizationId} AND "toEmail" = ${email} AND "status" = 'PENDING'
      AND "template" NOT IN (${Prisma.join(NOT_CONTACT_NOTIFICATIONS)})`;
}
