import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { kickMailWorker } from "@/lib/mail/worker";
import { enqueueInvitationEmail } from "./enqueue-invitation-email";
import { sendInvitationEmailSchema } from "./schemas";
import { assertValid, invitationState, lockContactInvitation } from "./state";
import { tokenMatches } from "./token";

/**
 * "Send by email" in the dialog: emails the link on screen to the address typed there.
 * Only the hash is stored, so the dialog posts the token back; it must still be this
 * pending invitation's token (a resend replaces it).
 */
export const sendInvitationEmail = defineOrgAction({
  capability: "contacts.manage",
  schema: sendInvitationEmailSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ email: string }> {
    await db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { id: input.invitationId, organizationId: access.organization.id });
      if (!tokenMatches(input.token, invitation.tokenHash)) throw new DomainError("invitations.errors.linkReplaced", { code: "LINK_REPLACED" });
      assertValid(invitationState(invitation));
      await tx.invitation.update({ where: { id: invitation.id }, data: { email: input.email, lastSentAt: new Date() } });
      await enqueueInvitationEmail(tx, {
        organization: access.organization, senderUserId: actor.userId, email: input.email, token: input.token,
        roles: invitation.contactRoles, language: invitation.language, expiresAt: invitation.expiresAt,
      });
      await recordAuditEvent(tx, {
        organizationId: access.organization.id, actorUserId: actor.userId, action: "invitation.sent",
        targetType: "Invitation", targetId: invitation.id, metadata: { email: input.email },
        ip: actor.ip, userAgent: actor.userAgent,
      });
    });
    kickMailWorker();
    return { email: input.email };
  },
});
