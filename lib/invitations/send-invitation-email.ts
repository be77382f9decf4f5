import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { invitationEmailLimits } from "./email-limits";
import { sendInvitationEmailSchema } from "./schemas";
import { assertValid, invitationState, lockContactInvitation } from "./state";
import { tokenMatches } from "./token";

/**
 * "Send by email" in the dialog: emails the link on screen to the address typed there.
 * Only the hash is stored, so the dialog posts the token back; it must still be this
 * pending invitation's token (a resend replaces it).
 *
 * An invitation has one address: sending it to another one replaces the address it was
 * sent to before (the pending list and Resend use the last one). The earlier email is not
 * recalled: its link stays valid until the invitation is accepted, revoked or resent. The
 * result and the audit event say which address was replaced, and the panel says so.
 */
export const sendInvitationEmail = defineOrgAction({
  capability: "contacts.manage",
  schema: sendInvitationEmailSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<{ email: string; previousEmail: string | null }> {
    const previousEmail = await db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { id: input.invitationId, organizationId: access.organization.id });
      if (!tokenMatches(input.token, invitation.tokenHash)) throw new AppError("LINK_REPLACED", "invitations.errors.linkReplaced");
      assertValid(invitationState(invitation));
      await enforceLimits(tx, await invitationEmailLimits(tx, access.organization.id, input.email), locale);
      const previous = invitation.email && invitation.email !== input.email ? invitation.email : null;
      const now = new Date();
      // Sent: it is shared from now on (listed as pending).
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { email: input.email, lastSentAt: now, sharedAt: invitation.sharedAt ?? now },
      });
      await notify(tx, {
        kind: "invitation",
        organizationId: access.organization.id,
        invitationId: invitation.id,
        token: input.token,
        email: input.email,
        senderUserId: actor.userId,
      });
      await audit(tx, actor, {
        organizationId: access.organization.id,
        action: "invitation.sent",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { email: input.email, ...(previous ? { replacedEmail: previous } : {}) },
      });
      return previous;
    });
    kickMailWorker();
    return { email: input.email, previousEmail };
  },
});
