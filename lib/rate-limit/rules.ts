// Every limit on what a visitor, an account or an organization can make the app send or
// create, in one place. The numbers come from lib/config (documented in .env.example); the
// windows are fixed.
import { config, type Config } from "@/lib/config";
import { mailboxKey } from "./address-key";
import { ipLimitKey } from "./client-ip";
import type { LimitRule } from "./rate-limit";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An organization this old is established: the people on its books and its admins'
 * invitations draw from the `known` budget. Younger ones can be made in bulk (a few a day
 * per account, by accounts anyone can open), so they vouch for nobody yet.
 */
export const ESTABLISHED_ORGANIZATION_DAYS = 7;

/**
 * The app's hourly email budgets. Each sign-in link and invitation email draws from exactly
 * one, so whatever strangers and new accounts use up of `newcomers` never refuses anyone
 * drawing from `known`:
 * - `known`: sign-in links to people an established organization has on its books (its
 *   members, active or pending; its active contacts; the addresses of its pending
 *   invitations), and invitations sent by established organizations;
 * - `newcomers`: sign-in links to any other address, and invitations sent by younger
 *   organizations.
 * Who counts as known is decided in SQL by lib/rate-limit/email-budget.ts.
 */
export const emailBudgets = {
  known: { key: "email:known", setting: "EMAILS_PER_HOUR" },
  newcomers: { key: "email:newcomers", setting: "NEWCOMER_EMAILS_PER_HOUR" },
} as const satisfies Record<string, { key: string; setting: keyof Config }>;

export type EmailBudget = keyof typeof emailBudgets;

export const limitRules = {
  /** Sign-in emails to one mailbox (SIGN_IN_EMAILS_PER_15_MIN). */
  signInAddress: (email: string): LimitRule => ({
    key: `sign-in:address:${mailboxKey(email)}`,
    limit: config().SIGN_IN_EMAILS_PER_15_MIN,
    windowMs: 15 * MINUTE,
  }),
  /** Sign-in link requests from one client (SIGN_IN_REQUESTS_PER_IP_PER_HOUR). */
  signInIp: (ip: string): LimitRule => ({
    key: `sign-in:ip:${ipLimitKey(ip)}`,
    limit: config().SIGN_IN_REQUESTS_PER_IP_PER_HOUR,
    windowMs: HOUR,
  }),
  /** Sign-in and invitation emails drawn from one of the app's budgets (EMAILS_PER_HOUR, NEWCOMER_EMAILS_PER_HOUR). */
  outgoingEmails: (budget: EmailBudget): LimitRule => ({
    key: emailBudgets[budget].key,
    limit: config()[emailBudgets[budget].setting],
    windowMs: HOUR,
  }),
  /** Organizations one account creates (ORGANIZATIONS_PER_USER_PER_DAY). */
  organizationsCreated: (userId: string): LimitRule => ({
    key: `organization:created:${userId}`,
    limit: config().ORGANIZATIONS_PER_USER_PER_DAY,
    windowMs: DAY,
  }),
  /** Contact invitations an organization creates (INVITATIONS_PER_ORG_PER_DAY). */
  invitationsCreated: (organizationId: string): LimitRule => ({
    key: `invitation:created:${organizationId}`,
    limit: config().INVITATIONS_PER_ORG_PER_DAY,
    windowMs: DAY,
  }),
  /** Invitation emails an organization sends (INVITATION_EMAILS_PER_ORG_PER_DAY). */
  invitationEmailsOfOrg: (organizationId: string): LimitRule => ({
    key: `invitation:emails:${organizationId}`,
    limit: config().INVITATION_EMAILS_PER_ORG_PER_DAY,
    windowMs: DAY,
  }),
  /** Invitation emails to one mailbox, from any organization (INVITATION_EMAILS_PER_ADDRESS_PER_DAY). */
  invitationEmailsToAddress: (email: string): LimitRule => ({
    key: `invitation:to:${mailboxKey(email)}`,
    limit: config().INVITATION_EMAILS_PER_ADDRESS_PER_DAY,
    windowMs: DAY,
  }),
};

/** Whole minutes to wait, at least 1, for "try again in N minutes". */
export function minutesToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}

/** Requests each REST API key may send per minute (lib/api/authenticate.ts counts them on the key's row). */
export const API_KEY_REQUESTS_PER_MINUTE = 600;
