// notify(tx, event): the one way a use case sends a notification (SPEC §3). In the caller's
// transaction it asks the routing table for the recipients and writes one outbox row per
// recipient, so the email commits (or rolls back) with the change that caused it. The rows
// keep template + props + reasons + contact; the mail worker renders each at send time in
// its recipient's language of that moment, and sends nothing to a contact disabled since.
// Call kickMailWorker() after the commit to deliver at once.
import type { Tx } from "@/lib/db/prisma";
import { enqueueNotification, enqueueNotifications } from "@/lib/mail/outbox";
import type { Locale } from "@/lib/i18n";
import type { OrgRole } from "@/lib/db/generated/enums";
import { notificationContent, userInvitationContent } from "./content";
import type { NotificationEvent, Recipient } from "./events";
import { inviteeCandidate, recipientsOf } from "./routing";
import { mergeCandidates } from "./rules";

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

export type UserInvitationToSend = { email: string; token: string; language: Locale; role: OrgRole; expiresAt: Date };

/**
 * The emails of many user invitations made together (a users import), in the caller's
 * transaction: the same recipient (the invitee, INVITEE rule) and content as notify() gives
 * each one, read once for all (organization, sender) and written thousands of rows a statement.
 */
export async function notifyUserInvitations(
  tx: Tx,
  input: { organizationId: string; senderUserId: string; invitations: readonly UserInvitationToSend[] },
): Promise<number> {
  if (!input.invitations.length) return 0;
  const [organization, sender] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: { name: true, slug: true } }),
    tx.user.findUnique({ where: { id: input.senderUserId }, select: { name: true, email: true } }),
  ]);
  const inviterName = sender ? sender.name?.trim() || sender.email : null;
  return enqueueNotifications(
    tx,
    input.invitations.map((invitation) => ({
      organizationId: input.organizationId,
      ...userInvitationContent({ organization, inviterName, ...invitation }),
      recipients: mergeCandidates("invitation", [inviteeCandidate(invitation.email, invitation.language)]),
    })),
  );
}
