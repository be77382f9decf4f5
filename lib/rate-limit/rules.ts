// Every limit on what a visitor or an organization can make the app send, in one place.
// The numbers come from lib/config (documented in .env.example); the windows are fixed.
import { config } from "@/lib/config";
import { mailboxKey } from "./address-key";
import { ipLimitKey } from "./client-ip";
import type { LimitRule } from "./rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const limitRules = {
  /** Sign-in emails to one mailbox (SIGN_IN_EMAILS_PER_15_MIN). */
  signInAddress: (email: string): LimitRule => ({ key: `sign-in:address:${mailboxKey(email)}`, limit: config().SIGN_IN_EMAILS_PER_15_MIN, windowMs: 15 * MINUTE }),
  /** Sign-in link requests from one client (SIGN_IN_REQUESTS_PER_IP_PER_HOUR). */
  signInIp: (ip: string): LimitRule => ({ key: `sign-in:ip:${ipLimitKey(ip)}`, limit: config().SIGN_IN_REQUESTS_PER_IP_PER_HOUR, windowMs: HOUR }),
  /** Sign-in and invitation emails of the whole app (EMAILS_PER_HOUR). */
  outgoingEmails: (): LimitRule => ({ key: "email:all", limit: config().EMAILS_PER_HOUR, windowMs: HOUR }),
  /** Contact invitations an organization creates (INVITATIONS_PER_ORG_PER_DAY). */
  invitationsCreated: (organizationId: string): LimitRule => ({ key: `invitation:created:${organizationId}`, limit: config().INVITATIONS_PER_ORG_PER_DAY, windowMs: DAY }),
  /** Invitation emails an organization sends (INVITATION_EMAILS_PER_ORG_PER_DAY). */
  invitationEmailsOfOrg: (organizationId: string): LimitRule => ({ key: `invitation:emails:${organizationId}`, limit: config().INVITATION_EMAILS_PER_ORG_PER_DAY, windowMs: DAY }),
  /** Invitation emails to one mailbox, from any organization (INVITATION_EMAILS_PER_ADDRESS_PER_DAY). */
  invitationEmailsToAddress: (email: string): LimitRule => ({ key: `invitation:to:${mailboxKey(email)}`, limit: config().INVITATION_EMAILS_PER_ADDRESS_PER_DAY, windowMs: DAY }),
};

/** Whole minutes to wait, at least 1, for "try again in N minutes". */
export function minutesToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}
