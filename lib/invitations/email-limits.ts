// The limits on invitation emails (send and resend): they carry an organization name
// anyone can choose to any address, so each organization, each recipient mailbox and the
// app get a ceiling (lib/rate-limit/rules.ts). The app-wide one is the organization's
// budget: an established organization's invitations never wait on what new accounts and
// strangers used up. The first one exceeded is the one the admin is told about.
import type { Tx } from "@/lib/db/prisma";
import type { EnforcedLimit } from "@/lib/rate-limit/enforce";
import { invitationBudget } from "@/lib/rate-limit/email-budget";
import { limitRules } from "@/lib/rate-limit/rules";

export async function invitationEmailLimits(tx: Tx, organizationId: string, email: string): Promise<EnforcedLimit[]> {
  return [
    { rule: limitRules.invitationEmailsOfOrg(organizationId), messageKey: "invitations.errors.tooManySent" },
    { rule: limitRules.invitationEmailsToAddress(email), messageKey: "invitations.errors.tooManyToAddress", field: "email" },
    { rule: limitRules.outgoingEmails(await invitationBudget(tx, organizationId)), messageKey: "errors.tooManyEmails" },
  ];
}
