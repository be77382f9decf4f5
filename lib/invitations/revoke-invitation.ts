import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
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
      await audit(tx, actor, {
        organizationId: access.organization.id,
        action: "invitation.revoked",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { email: invitation.email },
      });
      return { invitationId: invitation.id };
    });
  },
});
