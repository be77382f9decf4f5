import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { defineOrgAction } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit/audit";
import { contactInvitationMessage } from "@/emails/contact-invitation";
import { enforceLimits } from "@/lib/rate-limit/enforce";
import { limitRules } from "@/lib/rate-limit/rules";
import { createContactInvitationSchema } from "./schemas";
import { inviterName } from "./state";
import { generateInvitationToken, hashToken, invitationExpiry, invitationUrl } from "./token";

export type CreatedContactInvitation = {
  invitationId: string;
  /** The raw token, shown once: the dialog posts it back to send the link by email. Never stored. */
  token: string;
  url: string;
  expiresAt: Date;
  /** The invitation in its language (the page's may differ: its lang attribute), with the link: the email's words, for Copy and mailto:. */
  message: { subject: string; text: string; language: Locale };
};

/** SPEC §4 "Invite a contact": creates a contact invitation (roles chosen up front), valid 7 days. */
export const createContactInvitation = defineOrgAction({
  capability: "contacts.manage",
  schema: createContactInvitationSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<CreatedContactInvitation> {
    const token = generateInvitationToken();
    const url = invitationUrl(token);
    const expiresAt = invitationExpiry();
    return db.$transaction(async (tx) => {
      await enforceLimits(
        tx,
        [{ rule: limitRules.invitationsCreated(access.organization.id), messageKey: "invitations.errors.tooManyCreated" }],
        locale,
      );
      const invitation = await tx.invitation.create({
        data: {
          organizationId: access.organization.id,
          kind: "CONTACT",
          tokenHash: hashToken(token),
          contactRoles: input.roles,
          language: input.language,
          createdByUserId: actor.userId,
          expiresAt,
        },
        select: { id: true },
      });
      await audit(tx, actor, {
        organizationId: access.organization.id,
        action: "invitation.created",
        targetType: "Invitation",
        targetId: invitation.id,
        metadata: { kind: "CONTACT", roles: input.roles, language: input.language },
      });
      const message = contactInvitationMessage(input.language, {
        organization: { name: access.organization.name, slug: access.organization.slug },
        inviterName: await inviterName(tx, actor.userId),
        roles: input.roles,
        url,
        expiresAt: expiresAt.toISOString(),
      });
      return { invitationId: invitation.id, token, url, expiresAt, message: { ...message, language: input.language } };
    });
  },
});
