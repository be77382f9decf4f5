import { db } from "@/lib/db/prisma";
import { defineUserAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { activateMembership } from "@/lib/users/activate-membership";
import { inviteeHasAccess } from "./invitee-access";
import { acceptInvitationSchema } from "./schemas";
import { assertValid, invitationState, lockInvitationByToken } from "./state";
import { hashToken } from "./token";

export type AcceptedInvitation = {
  kind: "CONTACT" | "USER";
  organization: { name: string; slug: string };
  /** The contact record (contact invitations). */
  contactId: string | null;
  /** The membership (user invitations). */
  membershipId: string | null;
  /** False when a contact with the user's email was already on the list (it got the roles), or the membership existed. */
  created: boolean;
  /** Whether the user can now open the organization (a membership, or a contact role that gives access). */
  hasAccess: boolean;
};

/**
 * Accepting an invitation, of either kind (SPEC §1, §4), in one transaction that first locks
 * the invitation row, so of two racing accepts exactly one succeeds and the other finds the
 * invitation used. Expired, revoked or used: refused, nothing changes.
 * Both ask the invitee's name (pre-filled from the account): it names the account when it had none.
 * - Contact invitation: the signed-in user becomes an ACTIVE contact with the invitation's
 *   roles, linked to their account. A contact an administrator DISABLED is refused (the link
 *   works for whoever holds it: it must not re-enable them); the invitation stays pending.
 * - User invitation: bound to one email; signed in with another, refused (naming the expected
 *   address, masked). Their PENDING membership becomes ACTIVE with its role and workspaces.
 */
export const acceptInvitation = defineUserAction({
  schema: acceptInvitationSchema,
  async run({ actor, input }): Promise<AcceptedInvitation> {
    return db.$transaction(async (tx) => {
      const invitation = await lockInvitationByToken(tx, hashToken(input.token));
      assertValid(invitationState(invitation));
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: invitation.organizationId },
        select: { id: true, name: true, slug: true, subscriptionStatus: true },
      });
      if (organization.subscriptionStatus === "CANCELLED") throw new AppError("READ_ONLY", "invitations.errors.organizationReadOnly");
      const account = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true, name: true } });
      // The name typed on the accept page names the new contact, and the
      // account when it had none (a thrown refusal below rolls this back too).
      const hasName = !!account.name?.trim();
      if (input.name && !hasName) await tx.user.update({ where: { id: account.id }, data: { name: input.name } });
      const user = { ...account, name: hasName ? account.name : (input.name ?? account.name) };
      const contactName = input.name ?? user.name;

      let contactId: string | null = null;
      let membershipId: string | null = null;
      let created: boolean;
      let metadata: Record<string, string | boolean | string[]>;
      if (invitation.kind === "USER") {
        const joined = await activateMembership(tx, invitation, user);
        ({ membershipId, created } = joined);
        metadata = { kind: "USER", membershipId: joined.membershipId, role: joined.role, membershipCreated: created };
      } else {
        const roles = invitation.contactRoles;
        const found = await addOrFindContact(tx, {
          organizationId: organization.id,
          email: user.email,
          name: contactName,
          language: invitation.language,
          source: "INVITATION",
          actor,
          userId: user.id,
          roles,
          activate: true,
          auditMetadata: { via: "invitation", invitationId: invitation.id },
        });
        // Throwing rolls back the transaction: no contact, role or invitation change.
        if (found.contact.status === "DISABLED") {
          throw new AppError("CONTACT_DISABLED", "invitations.errors.contactDisabled", { params: { organization: organization.name } });
        }
        contactId = found.contact.id;
        created = found.created;
        metadata = { kind: "CONTACT", contactId, contactCreated: created, roles };
      }

      const marked = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date(), acceptedByUserId: user.id },
      });
      // The row lock makes this unreachable; kept so a used invitation can never be used twice.
      if (marked.count !== 1) throw new AppError("USED", "invitations.errors.used");
      await audit(tx, actor, {
        organizationId: organization.id,
        action: "invitation.accepted",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata,
      });
      const hasAccess = await inviteeHasAccess(tx, user.id, organization.id);
      return {
        kind: invitation.kind,
        organization: { name: organization.name, slug: organization.slug },
        contactId,
        membershipId,
        created,
        hasAccess,
      };
    });
  },
});
