// Writes the contact invitation email to the outbox, in the caller's transaction.
import type { Tx } from "@/lib/db/prisma";
import type { ContactRoleType, Locale } from "@/lib/db/generated/enums";
import { enqueueEmail } from "@/lib/mail/outbox";
import { contactInvitationEmail } from "@/emails/contact-invitation";
import { inviterName } from "./state";
import { invitationUrl } from "./token";

export async function enqueueInvitationEmail(
  tx: Tx,
  input: { organization: { id: string; name: string }; senderUserId: string; email: string; token: string; roles: readonly ContactRoleType[]; language: Locale; expiresAt: Date },
): Promise<string> {
  return enqueueEmail(tx, {
    organizationId: input.organization.id,
    template: "contact-invitation",
    to: { email: input.email },
    locale: input.language,
    content: contactInvitationEmail({
      locale: input.language, inviterName: await inviterName(tx, input.senderUserId), organizationName: input.organization.name,
      roles: input.roles, url: invitationUrl(input.token), expiresAt: input.expiresAt,
    }),
  });
}
