// The *Invite a contact* dialog's two steps in one call, for the REST API: create the
// invitation (roles chosen up front), then send its link by email. An API client never gets
// the token: it would otherwise sit in plain text in the stored Idempotency-Key answers, where
// the dialog's shown-once token never goes. Both steps are the dialog's own use cases, which
// need the same capability and are both writes, so this action's guard is theirs. If sending
// is refused (e.g. the email budget), the invitation stays unshared: off the pending list, and
// it lapses after 7 days like any the dialog never shared.
import { emailField } from "@/lib/auth/schemas";
import { defineOrgAction } from "@/lib/actions/define-action";
import { createContactInvitation } from "./create-contact-invitation";
import { sendInvitationEmail } from "./send-invitation-email";
import { createContactInvitationSchema } from "./schemas";

export const inviteContactByEmailSchema = createContactInvitationSchema.extend({ email: emailField });

export const inviteContactByEmail = defineOrgAction({
  capability: createContactInvitation.capability,
  schema: inviteContactByEmailSchema,
  write: true,
  async run({ input, ...context }): Promise<{ invitationId: string; email: string; expiresAt: Date }> {
    const created = await createContactInvitation.run({ ...context, input: { roles: input.roles, language: input.language } });
    const sent = await sendInvitationEmail.run({
      ...context,
      input: { invitationId: created.invitationId, token: created.token, email: input.email },
    });
    return { invitationId: created.invitationId, email: sent.email, expiresAt: created.expiresAt };
  },
});
