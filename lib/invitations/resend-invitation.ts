import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { kickMailWorker } from "@/lib/mail/worker";
import { notify } from "@/lib/notifications/notify";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { invitationEmailLimits } from "./email-limits";
import { invitationIdSchema } from "./schemas";
import { lockContactInvitation, invitationState } from "./state";
import { generateInvitationToken, hashToken, invitationExpiry } from "./token";

/**
 * *Resend*: emails the invitation again to the address it was sent to, with a new link
 * (the old one stops working, since only a hash is kept) valid 7 more days. An expired
 * invitation may be resent; a used or revoked one may not.
 */
export const resendInvitation = defineOrgAction({
  capability: "contacts.manage",
  schema: invitationIdSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<{ email: string; expiresAt: Date }> {
    const result = await db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { id: input.invitationId, organizationId: access.organization.id });
      const state = invitationState(invitation);
      if (state === "used") throw new AppError("USED", "invitations.errors.used");
      if (state === "revoked") throw new AppError("REVOKED", "invitations.errors.revoked");
      if (!invitation.email) throw new AppError("NEVER_SENT", "invitations.errors.neverSent");
      await enforceLimits(tx, await invitationEmailLimits(tx, access.organization.id, invitation.email), locale);
      const token = generateInvitationToken();
      const expiresAt = invitationExpiry();
      await tx.invitation.update({
        where: { id: invitation.id },
        data: { tokenHash: hashToken(token), expiresAt, lastSentAt: new Date() },
      });
      await notify(tx, {
        kind: "invitation",
        organizationId: access.organization.id,
        invitationId: invitation.id,
        token,
        email: invitation.email,
        senderUserId: actor.userId,
      });
      await audit(tx, actor, {
        organizationId: access.organization.id,
        action: "invitation.resent",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { email: invitation.email, wasExpired: state === "expired" },
      });
      return { email: invitation.email, expiresAt };
    });
    kickMailWorker();
    return result;
  },
});
