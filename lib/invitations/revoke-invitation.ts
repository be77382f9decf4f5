import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { invitationIdSchema } from "./schemas";
import { lockContactInvitation } from "./state";

/** *Revoke*: the link stops working at once. Revoking twice is harmless; a used invitation cannot be revoked. */
export const revokeInvitation = defineOrgAction({
  capability: "contacts.manage",
  schema: invitationIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ invitationId: string }> {
    return db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { id: input.invitationId, organizationId: access.organization.id });
      if (invitation.acceptedAt) throw new AppError("USED", "invitations.errors.used");
      if (invitation.revokedAt) return { invitationId: invitation.id };
      await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, {
        organizationId: access.organization.id, actorUserId: actor.userId, action: "invitation.revoked",
        targetType: "Invitation", targetId: invitation.id, metadata: { email: invitation.email },
        ip: actor.ip, userAgent: actor.userAgent,
      });
      return { invitationId: invitation.id };
    });
  },
});
