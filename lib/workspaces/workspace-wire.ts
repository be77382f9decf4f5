// How a workspace page's two lists travel to the browser (components/workspaces/workspace-tables.tsx
// draws them): one named object per member and per workspace contact. The page builds them
// here; the tables import the types only.
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import type { WorkspaceContactRow, WorkspaceMember } from "./load-workspace";

export type WorkspaceMemberWire = { membershipId: string; name: string; email: string; role: OrgRole; status: MembershipStatus };

export type WorkspaceContactWire = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** Who handles it, when someone does. */
  assignedName: string | null;
  /** Their membership, when they are still among the workspace's members (the Assign dialog preselects them). */
  assignedMembershipId: string | null;
};

/** A member's name as shown: their name, else their email. */
const shownName = (member: { name: string | null; email: string }) => member.name?.trim() || member.email;

export function workspaceMemberWire(member: WorkspaceMember): WorkspaceMemberWire {
  return { membershipId: member.membershipId, name: shownName(member), email: member.email, role: member.role, status: member.status };
}

/** `members`: the workspace's, whose memberships an assigned contact points to. */
export function workspaceContactWire(contact: WorkspaceContactRow, members: readonly WorkspaceMember[]): WorkspaceContactWire {
  const assigned = contact.assignedUserId ? members.find((member) => member.userId === contact.assignedUserId) : undefined;
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    assignedName: contact.assignedName,
    assignedMembershipId: assigned?.membershipId ?? null,
  };
}
