// A workspace page's members and contacts travel as named objects (lib/workspaces/workspace-wire.ts).
import { describe, expect, it } from "vitest";
import { workspaceContactWire, workspaceMemberWire } from "@/lib/workspaces/workspace-wire";
import type { WorkspaceMember } from "@/lib/workspaces/load-workspace";

const members: WorkspaceMember[] = [
  { membershipId: "m1", userId: "u1", name: "Emma Wilson", email: "emma@acme.test", role: "MEMBER", status: "ACTIVE" },
  { membershipId: "m2", userId: "u2", name: " ", email: "noname@acme.test", role: "USER_ADMIN", status: "PENDING" },
];

describe("a workspace page's rows on the wire", () => {
  it("a member: their name (else their email), email, role and status", () => {
    expect(members.map(workspaceMemberWire)).toEqual([
      { membershipId: "m1", name: "Emma Wilson", email: "emma@acme.test", role: "MEMBER", status: "ACTIVE" },
      { membershipId: "m2", name: "noname@acme.test", email: "noname@acme.test", role: "USER_ADMIN", status: "PENDING" },
    ]);
  });

  it("a workspace contact: who handles it, and their membership when they are among the workspace's members", () => {
    const contact = {
      id: "w1",
      name: "Client 1",
      email: "client@customer.test",
      phone: null,
      assignedUserId: "u1",
      assignedName: "Emma Wilson",
    };
    expect(workspaceContactWire(contact, members)).toEqual({
      id: "w1",
      name: "Client 1",
      email: "client@customer.test",
      phone: null,
      assignedName: "Emma Wilson",
      assignedMembershipId: "m1",
    });
    expect(workspaceContactWire({ ...contact, assignedUserId: "gone" }, members).assignedMembershipId).toBeNull();
    expect(workspaceContactWire({ ...contact, assignedUserId: null, assignedName: null }, members)).toMatchObject({
      assignedName: null,
      assignedMembershipId: null,
    });
  });
});
