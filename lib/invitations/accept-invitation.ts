import { db } from "@/lib/db/prisma";
import { defineUserAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { inviteeHasAccess } from "./invitee-access";
import { acceptInvitationSchema } from "./schemas";
import { assertValid, invitationState, lockContactInvitation } from "./state";
import { hashToken } from "./token";

export type AcceptedInvitation = {
  organization: { name: string; slug: string };
  contactId: string;
  /** False when a contact with the user's email was already on the list (it got the roles). */
  created: boolean;
  /** Whether the user can now open the organization (a membership, or a contact role that gives access). */
  hasAccess: boolean;
};

/**
 * Accepting a contact invitation (SPEC §4): the signed-in user becomes an ACTIVE contact of the
 * organization with the invitation's roles, linked to their account, once. Everything happens
 * in one transaction that first locks the invitation row, so of two racing accepts exactly
 * one succeeds and the other finds the invitation used. Expired, revoked or used: refused,
 * nothing changes. A contact with the user's email that an administrator DISABLED is refused
 * too (the link works for whoever holds it: it must not re-enable them); the invitation stays pending.
 */
export const acceptInvitation = defineUserAction({
  schema: acceptInvitationSchema,
  async run({ actor, input }): Promise<AcceptedInvitation> {
    return db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { tokenHash: hashToken(input.token) });
      assertValid(invitationState(invitation));
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: invitation.organizationId },
        select: { id: true, name: true, slug: true, subscriptionStatus: true },
      });
      if (organization.subscriptionStatus === "CANCELLED") throw new AppError("READ_ONLY", "invitations.errors.organizationReadOnly");
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true, name: true } });
      const roles = invitation.contactRoles;
      // The name typed on the accept page names the new contact, and the account when it had none.
      const name = input.name ?? user.name;
      if (input.name && !user.name?.trim()) await tx.user.update({ where: { id: user.id }, data: { name: input.name } });

      const { contact, created } = await addOrFindContact(tx, {
        organizationId: organization.id, email: user.email, name, language: invitation.language, source: "INVITATION",
        actorUserId: user.id, userId: user.id, roles, activate: true,
        audit: { ip: actor.ip, userAgent: actor.userAgent, metadata: { via: "invitation", invitationId: invitation.id } },
      });
      // Throwing rolls back the transaction: no contact, role or invitation change.
      if (contact.status === "DISABLED") {
        throw new AppError("CONTACT_DISABLED", "invitations.errors.contactDisabled", { params: { organization: organization.name } });
      }

      const marked = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date(), acceptedByUserId: user.id },
      });
      // The row lock makes this unreachable; kept so a used invitation can never be used twice.
      if (marked.count !== 1) throw new AppError("USED", "invitations.errors.used");
      await recordAuditEvent(tx, {
        organizationId: organization.id, actorUserId: user.id, action: "invitation.accepted", targetType: "Invitation", targetId: invitation.id,
        metadata: { contactId: contact.id, contactCreated: created, roles },
        ip: actor.ip, userAgent: actor.userAgent,
      });
      const hasAccess = await inviteeHasAccess(tx, user.id, organization.id);
      return { organization: { name: organization.name, slug: organization.slug }, contactId: contact.id, created, hasAccess };
    });
  },
});
