// SPEC §3 as data: which rules choose the recipients of each event, and what makes a person
// match each rule. The routing table's SQL (routing.ts) is built from these two maps, and so
// is the pure answer to "which emails does this contact get, and why" (emailsOfContact), so
// the two cannot drift (tests/integration/notification-rules-agree.test.ts runs both).
import type { ContactRoleType, OrgRole } from "@/lib/db/generated/enums";
import type { OrderRole } from "@/lib/auth/capabilities";
import type { NotificationKind, Recipient, RecipientReason, RecipientRule } from "./events";

/** The events of SPEC §3, in the table's order, each with its rules in the order they are listed. */
export const EVENT_RULES = {
  license_certificate: ["ORDER_LICENSEE"],
  invoice: ["ORDER_BILLING"],
  invoice_overdue: ["ORDER_BILLING", "PRIMARY_BILLING", "UNPAID_INVOICES"],
  quote_created: ["QUOTE_REQUESTER", "NEW_QUOTES"],
  security_privacy: ["SECURITY_PRIVACY", "PRIMARY_TECHNICAL"],
  data_protection: ["DATA_PROTECTION", "ORG_ADMIN"],
  plan_changed: ["ORG_ADMIN", "PRIMARY_BILLING"],
  orders_reassigned: ["REPLACEMENT_CONTACT"],
  organization_deletion: ["ORG_ADMIN"],
  data_export_ready: ["EXPORT_REQUESTER"],
  webhook_endpoint_disabled: ["ORG_ADMIN"],
  invitation: ["INVITEE"],
  sign_in: ["SIGNING_IN"],
} as const satisfies Record<NotificationKind, readonly RecipientRule[]>;

export const NOTIFICATION_KINDS = Object.keys(EVENT_RULES) as NotificationKind[];

/**
 * What makes someone match a rule: a contact role of the organization, an order role on the
 * event's order, an organization role, or being a party of the event itself (the quote's
 * requester, the invitee...), which no standing role predicts.
 */
export type RuleSource =
  | { contactRole: ContactRoleType }
  | { orderRole: OrderRole }
  | { orgRole: OrgRole }
  | { party: "requester" | "replacement" | "invitee" | "signer" | "exportRequester" };

export const RULE_SOURCE: Record<RecipientRule, RuleSource> = {
  ORDER_LICENSEE: { orderRole: "LICENSEE" },
  ORDER_BILLING: { orderRole: "BILLING" },
  PRIMARY_BILLING: { contactRole: "PRIMARY_BILLING" },
  UNPAID_INVOICES: { contactRole: "UNPAID_INVOICES" },
  QUOTE_REQUESTER: { party: "requester" },
  NEW_QUOTES: { contactRole: "NEW_QUOTES" },
  SECURITY_PRIVACY: { contactRole: "SECURITY_PRIVACY" },
  PRIMARY_TECHNICAL: { contactRole: "PRIMARY_TECHNICAL" },
  DATA_PROTECTION: { contactRole: "DATA_PROTECTION" },
  ORG_ADMIN: { orgRole: "ORG_ADMIN" },
  REPLACEMENT_CONTACT: { party: "replacement" },
  EXPORT_REQUESTER: { party: "exportRequester" },
  INVITEE: { party: "invitee" },
  SIGNING_IN: { party: "signer" },
};

/**
 * Rules that address a person rather than a contact of the organization: the invitation goes
 * to whatever address the admin typed, in the language they chose, and the sign-in link to
 * whoever asked for it. Contact records (language, disabled) do not apply to them.
 */
export const PERSONAL_RULES: readonly RecipientRule[] = ["INVITEE", "SIGNING_IN"];

export const rulesOf = (kind: NotificationKind): readonly RecipientRule[] => EVENT_RULES[kind];

/** The organization-wide contact roles whose holders receive `kind`. */
export function contactRolesOf(kind: NotificationKind): ContactRoleType[] {
  return rulesOf(kind).flatMap((rule) => {
    const source = RULE_SOURCE[rule];
    return "contactRole" in source ? [source.contactRole] : [];
  });
}

/** The organization roles whose active members receive `kind`. */
export function orgRolesOf(kind: NotificationKind): OrgRole[] {
  return rulesOf(kind).flatMap((rule) => {
    const source = RULE_SOURCE[rule];
    return "orgRole" in source ? [source.orgRole] : [];
  });
}

const ruleRank = (kind: NotificationKind, rule: RecipientRule) => (rulesOf(kind) as readonly RecipientRule[]).indexOf(rule);

/** One candidate per (person, rule) as the routing statement returns them. */
export type RecipientCandidate = {
  rule: RecipientRule;
  orderNumber: string | null;
  quoteNumber: string | null;
  email: string;
  name: string | null;
  locale: Recipient["locale"];
  contactId: string | null;
  userId: string | null;
};

const sameReason = (a: RecipientReason, b: RecipientReason) =>
  a.rule === b.rule && a.orderNumber === b.orderNumber && a.quoteNumber === b.quoteNumber;

/**
 * SPEC §3 "one person gets one copy even when several rules match": one recipient per
 * address, with every matching rule as a reason (in the table's order), the contact record
 * (when there is one) deciding name and language.
 */
export function mergeCandidates(kind: NotificationKind, candidates: readonly RecipientCandidate[]): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const candidate of candidates) {
    const email = candidate.email.trim().toLowerCase();
    const reason: RecipientReason = { rule: candidate.rule };
    if (candidate.orderNumber) reason.orderNumber = candidate.orderNumber;
    if (candidate.quoteNumber) reason.quoteNumber = candidate.quoteNumber;
    const existing = byEmail.get(email);
    if (!existing) {
      byEmail.set(email, {
        email,
        name: candidate.name,
        locale: candidate.locale,
        contactId: candidate.contactId,
        userId: candidate.userId,
        reasons: [reason],
      });
      continue;
    }
    if (!existing.reasons.some((r) => sameReason(r, reason))) existing.reasons.push(reason);
    existing.contactId ??= candidate.contactId;
    existing.userId ??= candidate.userId;
    existing.name ??= candidate.name;
  }
  const recipients = [...byEmail.values()];
  for (const recipient of recipients) {
    recipient.reasons.sort(
      (a, b) =>
        ruleRank(kind, a.rule) - ruleRank(kind, b.rule) ||
        (a.orderNumber ?? a.quoteNumber ?? "").localeCompare(b.orderNumber ?? b.quoteNumber ?? ""),
    );
  }
  return recipients.sort((a, b) => ruleRank(kind, a.reasons[0].rule) - ruleRank(kind, b.reasons[0].rule) || a.email.localeCompare(b.email));
}

/** What decides, for one contact, which emails it gets: the roles as ticked, its orders, its user's organization role. */
export type ContactFacts = {
  status?: "ACTIVE" | "INVITED" | "DISABLED";
  contactRoles: readonly ContactRoleType[];
  orders: readonly { number: string; licensee: boolean; billing: boolean }[];
  orgRole: OrgRole | null;
};

export type ContactEmail = { kind: NotificationKind; reasons: RecipientReason[] };

/**
 * The emails a contact gets by standing rules (contact roles, order roles, organization role)
 * and why, in SPEC §3's order. Rules that depend on the event itself (the quote's requester,
 * the invitee...) are not standing, so they are not listed. A disabled contact gets nothing.
 */
export function emailsOfContact(facts: ContactFacts): ContactEmail[] {
  if (facts.status === "DISABLED") return [];
  const result: ContactEmail[] = [];
  for (const kind of NOTIFICATION_KINDS) {
    const reasons: RecipientReason[] = [];
    for (const rule of rulesOf(kind)) {
      const source = RULE_SOURCE[rule];
      if ("contactRole" in source && facts.contactRoles.includes(source.contactRole)) reasons.push({ rule });
      if ("orgRole" in source && facts.orgRole === source.orgRole) reasons.push({ rule });
      if ("orderRole" in source) {
        for (const order of facts.orders) {
          if (source.orderRole === "LICENSEE" ? order.licensee : order.billing) reasons.push({ rule, orderNumber: order.number });
        }
      }
    }
    if (reasons.length > 0) result.push({ kind, reasons });
  }
  return result;
}
