// The users page renders its Edit, Delete and Revoke dialogs once (components/users/user-dialogs.tsx);
// a row's buttons open them here with that row's user.
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";

export type DialogUser = {
  membershipId: string;
  /** The name, or the email when there is none. */
  name: string;
  email: string;
  role: OrgRole;
  status: MembershipStatus;
  workspaceCount: number;
  assignedContacts: number;
  self: boolean;
  canChangeRole: boolean;
  canChangeWorkspaces: boolean;
};

export type UserDialogRequest = { kind: "edit" | "delete" | "revoke"; user: DialogUser } | null;

const listeners = new Set<(request: UserDialogRequest) => void>();

export function openUserDialog(request: UserDialogRequest): void {
  for (const listener of listeners) listener(request);
}

export function onUserDialog(listener: (request: UserDialogRequest) => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
