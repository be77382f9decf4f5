// SPEC §2, transcribed independently of lib/auth/capabilities.ts: every role × capability.
import { describe, expect, it } from "vitest";
import {
  CAPABILITIES,
  CONTACT_ROLES,
  CONTACT_ROLES_GIVING_ACCESS,
  ORDER_ROLES,
  PRIMARY_CONTACT_ROLES,
  canAssignRole,
  canRemoveRole,
  capabilitiesOf,
  ORG_ROLES,
  type Capability,
  type Grants,
} from "@/lib/auth/capabilities";

type Row = [Capability, ORG_ADMIN: boolean, BILLING_ADMIN: boolean, USER_ADMIN: boolean, MEMBER: boolean];
const Y = true,
  N = false;

const ORG_TABLE: Row[] = [
  ["org.view", Y, Y, Y, N],
  ["org.edit", Y, N, N, N],
  ["billing.view", Y, Y, Y, N],
  ["billing.manage", Y, Y, N, N],
  ["subscription.manage", Y, Y, N, N],
  ["subscription.cancel", Y, N, N, N],
  ["users.view", Y, Y, Y, N],
  ["users.add", Y, N, Y, N],
  ["users.changeRole", Y, N, N, N],
  ["users.changeWorkspaces", Y, N, Y, N],
  ["users.remove", Y, N, Y, N],
  ["workspaces.viewAll", Y, Y, Y, N],
  ["workspaces.viewAssigned", Y, Y, Y, Y],
  ["workspaces.manage", Y, N, Y, N],
  ["contacts.view", Y, Y, Y, N],
  ["contacts.manage", Y, N, N, N],
  ["domains.manage", Y, N, N, N],
  ["audit.view", Y, N, N, N],
  ["data.export", Y, N, N, N],
  ["apiKeys.manage", Y, N, N, N],
  ["webhooks.manage", Y, N, N, N],
  // not in SPEC §2's table: the email delivery log, with the audit log's audience
  ["emails.manage", Y, N, N, N],
  // SPEC §3: settings → Notifications, who receives each email and why (it names every recipient, like the contacts list the admins manage)
  ["notifications.view", Y, N, N, N],
  // "see billing information, orders, invoices, quotes" (view only for USER_ADMIN)
  ["orders.viewAll", Y, Y, Y, N],
  ["licenses.viewAll", Y, Y, Y, N],
  ["invoices.viewAll", Y, Y, Y, N],
  ["quotes.viewAll", Y, Y, Y, N],
  // "edit billing details, pay invoices"
  ["invoices.pay", Y, Y, N, N],
  ["billingDetails.edit", Y, Y, N, N],
  ["licenses.manage", Y, N, N, N],
  // only through order-specific contact roles
  ["orders.viewOwn", N, N, N, N],
  ["licenses.viewOwn", N, N, N, N],
  ["invoices.viewOwn", N, N, N, N],
  ["invoices.payOwn", N, N, N, N],
];

describe("organization roles (SPEC §2)", () => {
  it("the table covers every capability exactly once", () => {
    expect(ORG_TABLE.map((row) => row[0]).sort()).toEqual([...CAPABILITIES].sort());
  });

  for (const [capability, ...expected] of ORG_TABLE) {
    ORG_ROLES.forEach((role, index) => {
      it(`${role} ${expected[index] ? "may" : "may not"} ${capability}`, () => {
        expect(capabilitiesOf({ orgRole: role, contactRoles: [], orderRoles: [] }).has(capability)).toBe(expected[index]);
      });
    });
  }

  it("ORG_ADMIN adds users of any role; USER_ADMIN adds MEMBERs only; others none", () => {
    for (const target of ORG_ROLES) {
      expect(canAssignRole("ORG_ADMIN", target)).toBe(true);
      expect(canAssignRole("USER_ADMIN", target)).toBe(target === "MEMBER");
      expect(canAssignRole("BILLING_ADMIN", target)).toBe(false);
      expect(canAssignRole("MEMBER", target)).toBe(false);
    }
  });

  it("ORG_ADMIN removes any role; USER_ADMIN removes MEMBERs only; others none", () => {
    for (const target of ORG_ROLES) {
      expect(canRemoveRole("ORG_ADMIN", target)).toBe(true);
      expect(canRemoveRole("USER_ADMIN", target)).toBe(target === "MEMBER");
      expect(canRemoveRole("BILLING_ADMIN", target)).toBe(false);
      expect(canRemoveRole("MEMBER", target)).toBe(false);
    }
  });
});

describe("contact roles (SPEC §2, second table)", () => {
  // SPEC §2's second table, line by line: what a contact who signed in with the contact's email
  // gets from each role, over every capability (written from the SPEC's words, not from the map).
  type ContactRow = [
    Capability,
    PRIMARY_LICENSEE: boolean,
    PRIMARY_TECHNICAL: boolean,
    PRIMARY_BILLING: boolean,
    orderLICENSEE: boolean,
    orderBILLING: boolean,
    notificationsOnly: boolean,
  ];
  const CONTACT_TABLE: ContactRow[] = [
    // "see the organization": PRIMARY_LICENSEE, PRIMARY_TECHNICAL, PRIMARY_BILLING; an order's contacts see that order only
    ["org.view", Y, Y, Y, N, N, N],
    // PRIMARY_LICENSEE "all orders and licenses", PRIMARY_TECHNICAL "all licenses", PRIMARY_BILLING "all orders, invoices and quotes"
    ["orders.viewAll", Y, N, Y, N, N, N],
    ["licenses.viewAll", Y, Y, N, N, N, N],
    ["invoices.viewAll", N, N, Y, N, N, N],
    ["quotes.viewAll", N, N, Y, N, N, N],
    // PRIMARY_LICENSEE "manage license assignment"
    ["licenses.manage", Y, N, N, N, N, N],
    // PRIMARY_BILLING "pay invoices; edit billing details"
    ["invoices.pay", N, N, Y, N, N, N],
    ["billingDetails.edit", N, N, Y, N, N, N],
    // order LICENSEE "see that order and its licenses"; order BILLING "see that order and its invoice; pay that invoice"
    ["orders.viewOwn", N, N, N, Y, Y, N],
    ["licenses.viewOwn", N, N, N, Y, N, N],
    ["invoices.viewOwn", N, N, N, N, Y, N],
    ["invoices.payOwn", N, N, N, N, Y, N],
    // everything else belongs to organization roles only (the first table); "notifications-only roles: nothing"
    ["org.edit", N, N, N, N, N, N],
    ["billing.view", N, N, N, N, N, N],
    ["billing.manage", N, N, N, N, N, N],
    ["subscription.manage", N, N, N, N, N, N],
    ["subscription.cancel", N, N, N, N, N, N],
    ["users.view", N, N, N, N, N, N],
    ["users.add", N, N, N, N, N, N],
    ["users.changeRole", N, N, N, N, N, N],
    ["users.changeWorkspaces", N, N, N, N, N, N],
    ["users.remove", N, N, N, N, N, N],
    ["workspaces.viewAll", N, N, N, N, N, N],
    ["workspaces.viewAssigned", N, N, N, N, N, N],
    ["workspaces.manage", N, N, N, N, N, N],
    ["contacts.view", N, N, N, N, N, N],
    ["contacts.manage", N, N, N, N, N, N],
    ["domains.manage", N, N, N, N, N, N],
    ["audit.view", N, N, N, N, N, N],
    ["data.export", N, N, N, N, N, N],
    ["apiKeys.manage", N, N, N, N, N, N],
    ["webhooks.manage", N, N, N, N, N, N],
    ["emails.manage", N, N, N, N, N, N],
    ["notifications.view", N, N, N, N, N, N],
  ];
  // Each column as the grants of one person holding only that role.
  const COLUMNS: [name: string, grants: Grants[]][] = [
    ["PRIMARY_LICENSEE", [{ orgRole: null, contactRoles: ["PRIMARY_LICENSEE"], orderRoles: [] }]],
    ["PRIMARY_TECHNICAL", [{ orgRole: null, contactRoles: ["PRIMARY_TECHNICAL"], orderRoles: [] }]],
    ["PRIMARY_BILLING", [{ orgRole: null, contactRoles: ["PRIMARY_BILLING"], orderRoles: [] }]],
    ["an order's LICENSEE", [{ orgRole: null, contactRoles: [], orderRoles: ["LICENSEE"] }]],
    ["an order's BILLING contact", [{ orgRole: null, contactRoles: [], orderRoles: ["BILLING"] }]],
    [
      "each notifications-only role",
      (["UNPAID_INVOICES", "NEW_QUOTES", "SECURITY_PRIVACY", "DATA_PROTECTION"] as const).map(
        (role): Grants => ({ orgRole: null, contactRoles: [role], orderRoles: [] }),
      ),
    ],
  ];

  it("the table covers every capability exactly once, and its columns every contact role and order role", () => {
    expect(CONTACT_TABLE.map((row) => row[0]).sort()).toEqual([...CAPABILITIES].sort());
    expect(COLUMNS.flatMap(([, grants]) => grants.flatMap((g) => g.contactRoles)).sort()).toEqual([...CONTACT_ROLES].sort());
    expect(COLUMNS.flatMap(([, grants]) => grants.flatMap((g) => g.orderRoles)).sort()).toEqual([...ORDER_ROLES].sort());
  });

  for (const [capability, ...expected] of CONTACT_TABLE) {
    COLUMNS.forEach(([name, grants], index) => {
      it(`${name} ${expected[index] ? "may" : "may not"} ${capability}`, () => {
        for (const g of grants) expect(capabilitiesOf(g).has(capability)).toBe(expected[index]);
      });
    });
  }

  it("the primary roles, and only they, give access on their own (SPEC §1: notifications-only roles give emails only)", () => {
    expect([...CONTACT_ROLES_GIVING_ACCESS].sort()).toEqual(["PRIMARY_BILLING", "PRIMARY_LICENSEE", "PRIMARY_TECHNICAL"]);
    expect([...PRIMARY_CONTACT_ROLES].sort()).toEqual([...CONTACT_ROLES_GIVING_ACCESS].sort());
  });

  it("contact roles add to an organization role", () => {
    const granted = capabilitiesOf({ orgRole: "MEMBER", contactRoles: ["PRIMARY_BILLING"], orderRoles: [] });
    expect(granted.has("workspaces.viewAssigned")).toBe(true);
    expect(granted.has("invoices.pay")).toBe(true);
    expect(granted.has("contacts.view")).toBe(false);
  });
});
