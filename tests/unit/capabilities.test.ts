// SPEC §2, transcribed independently of lib/auth/capabilities.ts: every role × capability.
import { describe, expect, it } from "vitest";
import { CAPABILITIES, CONTACT_ROLES_GIVING_ACCESS, PRIMARY_CONTACT_ROLES, canAssignRole, canRemoveRole, capabilitiesOf, ORG_ROLES, type Capability } from "@/lib/auth/capabilities";

type Row = [Capability, ORG_ADMIN: boolean, BILLING_ADMIN: boolean, USER_ADMIN: boolean, MEMBER: boolean];
const Y = true, N = false;

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
  ["apiKeys.manage", Y, N, N, N],
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
  const CONTACT_TABLE: Record<string, Capability[]> = {
    PRIMARY_LICENSEE: ["org.view", "orders.viewAll", "licenses.viewAll", "licenses.manage"],
    PRIMARY_TECHNICAL: ["org.view", "licenses.viewAll"],
    PRIMARY_BILLING: ["org.view", "orders.viewAll", "invoices.viewAll", "quotes.viewAll", "invoices.pay", "billingDetails.edit"],
    UNPAID_INVOICES: [],
    NEW_QUOTES: [],
    SECURITY_PRIVACY: [],
    DATA_PROTECTION: [],
  };
  for (const [role, expected] of Object.entries(CONTACT_TABLE)) {
    it(`${role} grants exactly ${expected.join(", ") || "nothing"}`, () => {
      const granted = capabilitiesOf({ orgRole: null, contactRoles: [role as never], orderRoles: [] });
      expect([...granted].sort()).toEqual([...expected].sort());
    });
  }

  it("an order's LICENSEE sees that order and its licenses, not its invoice", () => {
    const granted = capabilitiesOf({ orgRole: null, contactRoles: [], orderRoles: ["LICENSEE"] });
    expect([...granted].sort()).toEqual(["licenses.viewOwn", "orders.viewOwn"]);
  });

  it("an order's BILLING contact sees that order and its invoice, and pays it; not its licenses", () => {
    const granted = capabilitiesOf({ orgRole: null, contactRoles: [], orderRoles: ["BILLING"] });
    expect([...granted].sort()).toEqual(["invoices.payOwn", "invoices.viewOwn", "orders.viewOwn"]);
  });

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
