// notify(tx, event): the one way a use case sends a notification (SPEC §3). In the caller's
// transaction it asks the routing table for the recipients and writes one outbox row per
// recipient, so the email commits (or rolls back) with the change that caused it. The rows
// keep template + props + reasons + contact; the mail worker renders each at send time in
// its recipient's language of that moment, and sends nothing to a contact disabled since.
// Call kickMailWorker() after the commit to deliver at once.
import type { Tx } from "@/lib/db/prisma";
import { enqueueNotification } from "@/lib/mail/outbox";
import { notificationContent } from "./content";
import type { NotificationEvent, Recipient } from "./events";
import { recipientsOf } from "./routing";

export type Notified = {
  recipients: Recipient[];
  /** The outbox rows written, one per recipient, in the same order. */
  emailIds: string[];
};

export async function notify(tx: Tx, event: NotificationEvent): Promise<Notified> {
  const recipients = await recipientsOf(tx, event);
  if (recipients.length === 0) return { recipients, emailIds: [] };
  const { template, props } = await notificationContent(tx, event);
  const organizationId = "organizationId" in event ? event.organizationId : null;
  const emailIds = await enqueueNotification(tx, { organizationId, template, props, recipients } as Parameters<
    typeof enqueueNotification
  >[1]);
  return { recipients, emailIds };
}
