// *Add user* (SPEC §4 "Users"): email + organization role → the person is a
// PENDING member (their global account is created when they have none, so the membership,
// its role and its workspaces exist at once and an admin can edit them before acceptance;
// the database links that account to the person's contacts in every organization)
// and a single-use user invitation bound to that email is emailed in the language the
// inviter chose. Inviting an ORG_ADMIN also adds them to the contacts list with no
// organization-wide role (SPEC §4 "Contacts added automatically"). One transaction: account,
// membership, invitation, contact, audit event and outbox row commit together.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { canAssignRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { addOrFindContact } from "@/lib/contacts/add-or-find-contact";
import { kickMailWorker } from "@/lib/mail/worker";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { invitationEmailLimits } from "@/lib/invitations/email-limits";
import { generateInvitationToken, hashToken, invitationExpiry } from "@/lib/invitations/token";
import { beginMembershipChange } from "./membership-change";
import { notify } from "@/lib/notifications/notify";
import { inviteUserSchema } from "./schemas";

export type InvitedUser = { membershipId: string; email: string; role: OrgRole; expiresAt: Date; contactAdded: boolean };

export const inviteUser = defineOrgAction({
  capability: "users.add",
  schema: inviteUserSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<InvitedUser> {
    const organizationId = access.organization.id;
    const token = generateInvitationToken();
    const expiresAt = invitationExpiry();
    const result = await onUnique(
      db.$transaction(async (tx) => {
        const actorRole = await beginMembershipChange(tx, access, "users.add");
        if (!canAssignRole(actorRole, input.role)) throw new AppError("ROLE_NOT_ALLOWED", "users.errors.roleNotAllowed", { field: "role" });

        // The account of that email, created when there is none (ON CONFLICT: a concurrent sign-up finds it).
        // The database links it to the contacts of its email in every organization (Contact.userId).
        // Marked as made by the invitation: revoking it deletes the account again if it is still unused.
        const created = await tx.$queryRaw<
          { id: string }[]
        >`INSERT INTO "User" (id, email, locale, "createdByInvitation", "createdAt", "updatedAt")
          VALUES (${randomUUID()}, ${input.email}, ${input.language}::"Locale", true, now(), now()) ON CONFLICT (email) DO NOTHING RETURNING id`;
        const accountCreated = created.length > 0;
        const user = await tx.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, name: true } });
        const linkedContacts = accountCreated ? await tx.contact.count({ where: { userId: user.id } }) : 0;
        const existing = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId, userId: user.id } },
          select: { id: true, status: true },
        });
        if (existing?.status === "ACTIVE")
          throw new AppError("ALREADY_MEMBER", "users.errors.alreadyMember", { field: "email", details: { membershipId: existing.id } });
        if (existing)
          throw new AppError("ALREADY_INVITED", "users.errors.alreadyInvited", { field: "email", details: { membershipId: existing.id } });

        // Each organization, each mailbox and the whole app have a ceiling of invitation emails.
        await enforceLimits(tx, await invitationEmailLimits(tx, organizationId, input.email), locale);
        const membership = await tx.membership.create({
          data: { organizationId, userId: user.id, role: input.role, status: "PENDING" },
          select: { id: true },
        });
        const invitation = await tx.invitation.create({
          data: {
            organizationId,
            kind: "USER",
            tokenHash: hashToken(token),
            email: input.email,
            orgRole: input.role,
            language: input.language,
            createdByUserId: actor.userId,
            expiresAt,
            lastSentAt: new Date(),
          },
          select: { id: true },
        });
        let contactAdded = false;
        if (input.role === "ORG_ADMIN") {
          const added = await addOrFindContact(tx, {
            organizationId,
            email: input.email,
            name: user.name,
            language: input.language,
            source: "ADMIN_INVITATION",
            actor,
            auditMetadata: { via: "user.invited", membershipId: membership.id },
          });
          contactAdded = added.created;
        }
        await notify(tx, {
          kind: "invitation",
          organizationId,
          invitationId: invitation.id,
          token,
          email: input.email,
          senderUserId: actor.userId,
        });
        await audit(tx, actor, {
          organizationId,
          action: "user.invited",
          targetType: "Membership",
          targetId: membership.id,
          metadata: {
            email: input.email,
            role: input.role,
            language: input.language,
            invitationId: invitation.id,
            contactAdded,
            accountCreated,
            ...(accountCreated ? { linkedContacts } : {}),
          },
        });
        return { membershipId: membership.id, email: input.email, role: input.role, expiresAt, contactAdded };
      }),
      // Two admins adding the same email at once: the second finds the first's invitation.
      () => new AppError("ALREADY_INVITED", "users.errors.alreadyInvited", { field: "email" }),
    );
    kickMailWorker();
    return result;
  },
});
