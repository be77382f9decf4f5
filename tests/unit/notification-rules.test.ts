// The rules of SPEC §3, checked against a table written here independently of
// lib/notifications/rules.ts: which standing role receives which email.
import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATE_NAMES, emailTemplates } from "@/emails";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { NOT_CONTACT_NOTIFICATIONS } from "@/lib/mail/disabled-recipients";
import type { NotificationKind } from "@/lib/notifications/events";
import { emailsOfContact, mergeCandidates, PERSONAL_RULES, type RecipientCandidate } from "@/lib/notifications/rules";

/**
 * SPEC §3, read row by row: the emails each organization-wide contact role brings; plus the
 * plan change of Settings → Plan, emailed to the org admins and PRIMARY_BILLING contacts.
 */
const SPEC_CONTACT_ROLE_EMAILS: Record<ContactRoleType, NotificationKind[]> = {
  PRIMARY_LICENSEE: [],
  PRIMARY_TECHNICAL: ["security_privacy"],
  PRIMARY_BILLING: ["invoice_overdue", "plan_changed"],
  UNPAID_INVOICES: ["invoice_overdue"],
  NEW_QUOTES: ["quote_created"],
  SECURITY_PRIVACY: ["security_privacy"],
  DATA_PROTECTION: ["data_protection"],
};

const none = { contactRoles: [], orders: [], orgRole: null } as const;

describe("emailsOfContact: which emails a contact gets, and why", () => {
  it.each(CONTACT_ROLES)("%s alone brings exactly the emails of SPEC §3", (role) => {
    const emails = emailsOfContact({ ...none, contactRoles: [role] });
    expect(emails.map((e) => e.kind)).toEqual(SPEC_CONTACT_ROLE_EMAILS[role]);
    for (const email of emails) expect(email.reasons).toEqual([{ rule: role }]);
  });

  it("an order's LICENSEE gets that order's license certificate; its BILLING contact the invoice and the overdue reminders", () => {
    const emails = emailsOfContact({
      ...none,
      orders: [
        { number: "A-1", licensee: true, billing: false },
        { number: "A-2", licensee: true, billing: true },
      ],
    });
    expect(emails).toEqual([
      {
        kind: "license_certificate",
        reasons: [
          { rule: "ORDER_LICENSEE", orderNumber: "A-1" },
          { rule: "ORDER_LICENSEE", orderNumber: "A-2" },
        ],
      },
      { kind: "invoice", reasons: [{ rule: "ORDER_BILLING", orderNumber: "A-2" }] },
      { kind: "invoice_overdue", reasons: [{ rule: "ORDER_BILLING", orderNumber: "A-2" }] },
    ]);
  });

  it("an ORG_ADMIN gets the data protection alerts, plan changes, the deletion notices of a cancelled subscription and disabled webhook endpoints; the other organization roles, nothing", () => {
    expect(emailsOfContact({ ...none, orgRole: "ORG_ADMIN" })).toEqual([
      { kind: "data_protection", reasons: [{ rule: "ORG_ADMIN" }] },
      { kind: "plan_changed", reasons: [{ rule: "ORG_ADMIN" }] },
      { kind: "organization_deletion", reasons: [{ rule: "ORG_ADMIN" }] },
      { kind: "webhook_endpoint_disabled", reasons: [{ rule: "ORG_ADMIN" }] },
    ]);
    for (const orgRole of ["BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const) expect(emailsOfContact({ ...none, orgRole })).toEqual([]);
  });

  it("several rules for one email make one email with every reason", () => {
    expect(emailsOfContact({ ...none, contactRoles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"] })).toEqual([
      { kind: "security_privacy", reasons: [{ rule: "SECURITY_PRIVACY" }, { rule: "PRIMARY_TECHNICAL" }] },
    ]);
    expect(emailsOfContact({ ...none, contactRoles: ["DATA_PROTECTION"], orgRole: "ORG_ADMIN" })).toEqual([
      { kind: "data_protection", reasons: [{ rule: "DATA_PROTECTION" }, { rule: "ORG_ADMIN" }] },
      { kind: "plan_changed", reasons: [{ rule: "ORG_ADMIN" }] },
      { kind: "organization_deletion", reasons: [{ rule: "ORG_ADMIN" }] },
      { kind: "webhook_endpoint_disabled", reasons: [{ rule: "ORG_ADMIN" }] },
    ]);
    expect(emailsOfContact({ ...none, contactRoles: ["PRIMARY_BILLING"], orgRole: "ORG_ADMIN" })).toContainEqual({
      kind: "plan_changed",
      reasons: [{ rule: "ORG_ADMIN" }, { rule: "PRIMARY_BILLING" }],
    });
  });

  it("a disabled contact gets nothing, whatever it holds", () => {
    expect(
      emailsOfContact({
        status: "DISABLED",
        contactRoles: [...CONTACT_ROLES],
        orders: [{ number: "A-1", licensee: true, billing: true }],
        orgRole: "ORG_ADMIN",
      }),
    ).toEqual([]);
  });
});

describe("mergeCandidates", () => {
  const candidate = (over: Partial<RecipientCandidate>): RecipientCandidate => ({
    rule: "UNPAID_INVOICES",
    orderNumber: null,
    quoteNumber: null,
    email: "a@x.test",
    name: "A",
    locale: "en",
    contactId: null,
    userId: null,
    ...over,
  });

  it("gives one recipient per address (case and spaces aside), the reasons in the table's order, the contact record kept", () => {
    const merged = mergeCandidates("invoice_overdue", [
      candidate({ rule: "UNPAID_INVOICES", email: "ADA@x.test", contactId: "c1", locale: "fr" }),
      candidate({ rule: "ORDER_BILLING", orderNumber: "R-2", email: " ada@x.test", contactId: "c1", locale: "fr" }),
      candidate({ rule: "PRIMARY_BILLING", email: "bob@x.test" }),
      candidate({ rule: "UNPAID_INVOICES", email: "ada@x.test", contactId: "c1", locale: "fr" }),
    ]);
    expect(merged).toEqual([
      {
        email: "ada@x.test",
        name: "A",
        locale: "fr",
        contactId: "c1",
        userId: null,
        reasons: [{ rule: "ORDER_BILLING", orderNumber: "R-2" }, { rule: "UNPAID_INVOICES" }],
      },
      { email: "bob@x.test", name: "A", locale: "en", contactId: null, userId: null, reasons: [{ rule: "PRIMARY_BILLING" }] },
    ]);
  });
});

describe("one rule for 'not a contact notification'", () => {
  it("the templates whose recipients are addressed in person are exactly those a disabled contact still gets", () => {
    const personal = EMAIL_TEMPLATE_NAMES.filter((name) =>
      emailTemplates[name].previewReasons.every((reason) => PERSONAL_RULES.includes(reason.rule)),
    );
    expect(personal.sort()).toEqual(
      NOT_CONTACT_NOTIFICATIONS.filter((name) => (EMAIL_TEMPLATE_NAMES as readonly string[]).includes(name)).sort(),
    );
  });
});
