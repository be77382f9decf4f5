// What an action on a selection of users does to each one, by SPEC §2, row by row: nobody
// changes or deletes themself; only roles the actor may give are given, and user admins delete
// MEMBERs only; the last active ORG_ADMIN is neither demoted nor deleted; a user already in
// the asked state is skipped. Pure, so the confirmation (count and what is skipped, why) and
// the change itself (planned again inside its transaction) agree.
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import { canAssignRole, canRemoveRole } from "@/lib/auth/capabilities";
import { MAX_USER_WORKSPACES } from "../list-options";

export type BulkOperation =
  | { kind: "changeRole"; role: OrgRole }
  | { kind: "assignWorkspace"; workspaceId: string }
  | { kind: "removeWorkspace"; workspaceId: string }
  | { kind: "delete" };

export type BulkTarget = {
  membershipId: string;
  userId: string;
  email: string;
  role: OrgRole;
  status: MembershipStatus;
  workspaceIds: string[];
};

export const SKIP_REASONS = ["self", "roleNotAllowed", "removeNotAllowed", "lastAdmin", "alreadyDone", "tooManyWorkspaces"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type BulkPlan = { apply: BulkTarget[]; skipped: { target: BulkTarget; reason: SkipReason }[] };

export function planBulkChange(
  targets: readonly BulkTarget[],
  actor: { userId: string; role: OrgRole },
  operation: BulkOperation,
  activeAdminIds: readonly string[],
): BulkPlan {
  const plan: BulkPlan = { apply: [], skipped: [] };
  for (const target of targets) {
    const reason = skipReason(target, actor, operation);
    if (reason) plan.skipped.push({ target, reason });
    else plan.apply.push(target);
  }
  // The last active ORG_ADMIN stays: when the selection would remove or demote every one, they are all kept.
  if (operation.kind === "delete" || (operation.kind === "changeRole" && operation.role !== "ORG_ADMIN")) {
    const leaving = plan.apply.filter((target) => target.role === "ORG_ADMIN" && target.status === "ACTIVE");
    const ids = new Set(leaving.map((target) => target.membershipId));
    if (leaving.length && activeAdminIds.every((id) => ids.has(id))) {
      plan.apply = plan.apply.filter((target) => !ids.has(target.membershipId));
      plan.skipped.push(...leaving.map((target) => ({ target, reason: "lastAdmin" as const })));
    }
  }
  return plan;
}

function skipReason(target: BulkTarget, actor: { userId: string; role: OrgRole }, operation: BulkOperation): SkipReason | null {
  switch (operation.kind) {
    case "changeRole":
      if (target.userId === actor.userId) return "self";
      if (!canAssignRole(actor.role, operation.role)) return "roleNotAllowed";
      return target.role === operation.role ? "alreadyDone" : null;
    case "delete":
      if (target.userId === actor.userId) return "self";
      return canRemoveRole(actor.role, target.role) ? null : "removeNotAllowed";
    case "assignWorkspace":
      if (target.workspaceIds.includes(operation.workspaceId)) return "alreadyDone";
      return target.workspaceIds.length >= MAX_USER_WORKSPACES ? "tooManyWorkspaces" : null;
    case "removeWorkspace":
      return target.workspaceIds.includes(operation.workspaceId) ? null : "alreadyDone";
  }
}
