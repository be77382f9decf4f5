// The limits on invitation emails (send and resend): they carry an organization name
// anyone can choose to any address, so each organization, each recipient mailbox and the
// whole app get a ceiling (lib/rate-limit/rules.ts). The first one exceeded is the one
// the admin is told about.
import type { EnforcedLimit } from "@/lib/rate-limit/enforce";
import { limitRules } from "@/lib/rate-limit/rules";

export function invitationEmailLimits(organizationId: string, email: string): EnforcedLimit[] {
  return [
    { rule: limitRules.invitationEmailsOfOrg(organizationId), messageKey: "invitations.errors.tooManySent" },
    { rule: limitRules.invitationEmailsToAddress(email), messageKey: "invitations.errors.tooManyToAddress", field: "email" },
    { rule: limitRules.outgoingEmails(), messageKey: "errors.tooManyEmails" },
  ];
}
