// *Resend* beside a pending user: emails the invitation again with a new link (the old one
// stops working: only a hash is kept) valid 7 more days, in the language first chosen. A
// user admin resends only the invitations of roles they may give (MEMBER).
import { defaultContactLanguage } from "@/lib/contacts/default-language";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { canAssignRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { kickMailWorker } from "@/lib/mail/worker";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { invitationEmailLimits } from "@/lib/invitations/email-limits";
import { generateInvitationToken, hashToken, invitationExpiry } from "@/lib/invitations/token";
import { beginMembershipChange, lockMembership } from "./membership-change";
import { notify } from "@/lib/notifications/notify";
import { membershipIdSchema } from "./schemas";

export const resendUserInvitation = defineOrgAction({
  capability: "users.add",
  schema: membershipIdSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<{ email: string; expiresAt: Date }> {
    const organizationId = access.organization.id;
    const result = await db.$transaction(async (tx) => {
      const actorRole = await beginMembershipChange(tx, access, "users.add");
      const membership = await lockMembership(tx, organizationId, input.membershipId);
      if (membership.status !== "PENDING") throw new AppError("NOT_PENDING", "users.errors.notPending", { field: "membershipId" });
      if (!canAssignRole(actorRole, membership.role))
        throw new AppError("ROLE_NOT_ALLOWED", "users.errors.roleNotAllowed", { field: "membershipId" });
      // Each organization, each mailbox and the whole app have a ceiling of invitation emails.
      await enforceLimits(tx, await invitationEmailLimits(tx, organizationId, membership.email), locale);
      const token = generateInvitationToken();
      const expiresAt = invitationExpiry();
      const [pending] = await tx.$queryRaw<{ id: string; language: "en" | "fr" }[]>`
        SELECT id, language::text AS language FROM "Invitation"
        WHERE "organizationId" = ${organizationId} AND kind = 'USER' AND email = ${membership.email} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL
        ORDER BY "createdAt" DESC LIMIT 1 FOR UPDATE`;
      // A pending member always has one; should it be gone, a new one is made in the organization's
      // default language, else the language of the person resending it.
      const language = pending?.language ?? defaultContactLanguage(access.organization, locale);
      const invitation = pending
        ? await tx.invitation.update({
            where: { id: pending.id },
            data: { tokenHash: hashToken(token), expiresAt, lastSentAt: new Date(), orgRole: membership.role },
            select: { id: true },
          })
        : await tx.invitation.create({
            data: {
              organizationId,
              kind: "USER",
              tokenHash: hashToken(token),
              email: membership.email,
              orgRole: membership.role,
              language,
              createdByUserId: actor.userId,
              expiresAt,
              lastSentAt: new Date(),
            },
            select: { id: true },
          });
      await notify(tx, {
        kind: "invitation",
        organizationId,
        invitationId: invitation.id,
        token,
        email: membership.email,
        senderUserId: actor.userId,
      });
      await audit(tx, actor, {
        organizationId,
        action: "invitation.resent",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { kind: "USER", email: membership.email, membershipId: membership.id },
      });
      return { email: membership.email, expiresAt };
    });
    kickMailWorker();
    return result;
  },
});
