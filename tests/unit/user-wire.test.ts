// A users list row travels as a named object (lib/users/user-wire.ts): what the table reads, by name.
import { describe, expect, it } from "vitest";
import { userWire } from "@/lib/users/user-wire";
import type { UserRow } from "@/lib/users/list-users";

const active: UserRow = {
  membershipId: "m1",
  userId: "u1",
  name: "Emma Wilson",
  email: "emma@acme.test",
  image: null,
  role: "USER_ADMIN",
  status: "ACTIVE",
  lastActiveAt: new Date(1_795_000_000_123),
  workspaceCount: 3,
  workspaceNames: ["Marketing", "Sales"],
  assignedContacts: 2,
  invitation: null,
  sortKey: "emma wilson",
};
const pending: UserRow = {
  ...active,
  membershipId: "m2",
  userId: "u2",
  name: null,
  role: "MEMBER",
  status: "PENDING",
  lastActiveAt: null,
  workspaceCount: 0,
  workspaceNames: [],
  assignedContacts: 0,
  invitation: { expiresAt: new Date(1_796_000_000_000), lastSentAt: null },
};

describe("a users list row on the wire", () => {
  it("names each field, times in epoch milliseconds; the viewer's own row says so", () => {
    expect(userWire(active, "u1")).toEqual({
      membershipId: "m1",
      userId: "u1",
      name: "Emma Wilson",
      email: "emma@acme.test",
      role: "USER_ADMIN",
      pending: false,
      self: true,
      lastActive: 1_795_000_000_123,
      invitationExpires: null,
      workspaceCount: 3,
      workspaceNames: ["Marketing", "Sales"],
      assignedContacts: 2,
    });
  });

  it("for a pending user, carries their invitation's expiry and no last activity", () => {
    expect(userWire(pending, "u1")).toMatchObject({
      membershipId: "m2",
      name: null,
      pending: true,
      self: false,
      lastActive: null,
      invitationExpires: 1_796_000_000_000,
    });
  });

  it("comes through JSON as it went (no dates, no positions)", () => {
    for (const row of [userWire(active, "u1"), userWire(pending, "u1")]) expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });
});
