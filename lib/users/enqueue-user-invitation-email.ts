// Writes the user invitation email to the outbox, in the caller's transaction.
import type { Tx } from "@/lib/db/prisma";
import type { Locale, OrgRole } from "@/lib/db/generated/enums";
import { enqueueEmail } from "@/lib/mail/outbox";
import { userInvitationEmail } from "@/emails/user-invitation";
import { inviterName } from "@/lib/invitations/state";
import { invitationUrl } from "@/lib/invitations/token";

export async function enqueueUserInvitationEmail(
  tx: Tx,
  input: { organization: { id: string; name: string }; senderUserId: string; email: string; token: string; role: OrgRole; language: Locale; expiresAt: Date },
): Promise<string> {
  return enqueueEmail(tx, {
    organizationId: input.organization.id,
    template: "user-invitation",
    to: { email: input.email },
    locale: input.language,
    content: userInvitationEmail({
      locale: input.language, inviterName: await inviterName(tx, input.senderUserId), organizationName: input.organization.name,
      role: input.role, email: input.email, url: invitationUrl(input.token), expiresAt: input.expiresAt,
    }),
  });
}
