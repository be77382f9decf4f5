// SPEC §2, first table, for users and workspaces: every action (and the pages' guards) called
// directly as each organization role, as an admin of another organization and signed out.
// "ok" means allowed (and done); anything else is the refusal's code, with the database
// exactly as before. The expectations are written from the SPEC table, not from the code.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { authorize } from "@/lib/auth/access";
import type { Capability } from "@/lib/auth/capabilities";
import type { ActionResult } from "@/lib/actions/result";
import type { ErrorCode } from "@/lib/errors/app-error";
import { toFailure } from "@/lib/actions/define-action";
import type { OrgRole } from "@/lib/db/generated/enums";
import { inviteUser } from "@/lib/users/invite-user";
import { assignInvitationWorkspaces } from "@/lib/users/assign-invitation-workspaces";
import { setUserWorkspaces } from "@/lib/users/set-user-workspaces";
import { changeUserRole } from "@/lib/users/change-user-role";
import { removeUser } from "@/lib/users/remove-user";
import { resendUserInvitation } from "@/lib/users/resend-user-invitation";
import { revokeUserInvitation } from "@/lib/users/revoke-user-invitation";
import { loadUserWorkspaces } from "@/lib/users/load-user-workspaces";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { searchWorkspaceCandidates } from "@/lib/workspaces/search-workspace-candidates";
import { addWorkspaceContact } from "@/lib/workspaces/add-workspace-contact";
import { assignWorkspaceContact } from "@/lib/workspaces/assign-workspace-contact";
import { loadWorkspace } from "@/lib/workspaces/load-workspace";
import { workspaceContactsQuerySchema } from "@/lib/workspaces/schemas";
import { AppError } from "@/lib/errors/app-error";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { assign, createMember, createWorkspaceContactRow, createWorkspaceRow, usersSnapshot } from "../support/user-factories";

const CALLERS = ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER", "OTHER_ORG_ADMIN", "SIGNED_OUT"] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = "ok" | ErrorCode;
/** Outcomes in CALLERS order. */
type Expect = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
/** W1: the MEMBER is assigned to it; W2: not. */
let w1: { id: string };
let w2: { id: string };
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;

beforeAll(async () => {
  org = await createOrgWithRoles("Users");
  other = await createOrgWithRoles("Other");
  w1 = await createWorkspaceRow(orgId(), "W1");
  w2 = await createWorkspaceRow(orgId(), "W2");
  const member = await db.membership.findFirstOrThrow({ where: { organizationId: orgId(), userId: org.users.MEMBER.id } });
  await assign(orgId(), w1.id, member.id);
});

function actorFor(caller: Caller): Actor | null {
  if (caller === "SIGNED_OUT") return null;
  if (caller === "OTHER_ORG_ADMIN") return actorOf(other.users.ORG_ADMIN);
  return actorOf(org.users[caller as OrgRole]);
}

type Call = (actor: Actor | null) => Promise<ActionResult<unknown>>;

/** A page is "called" through the guard it uses (and, for a workspace page, whether it finds the workspace). */
function page(capability: Capability, then?: (access: Awaited<ReturnType<typeof authorize>>) => Promise<unknown>): Call {
  return async (actor) => {
    try {
      const access = await authorize(db, actor, slug(), capability);
      if (then && (await then(access)) === null) throw new AppError("NOT_FOUND", "workspaces.errors.notFound");
      return { ok: true, data: null };
    } catch (error) {
      return toFailure(error, "en");
    }
  };
}

async function pendingInvitee(role: OrgRole) {
  const result = await inviteUser.call(actorOf(org.users.ORG_ADMIN), slug(), {
    email: `pending-${uid()}@example.test`,
    role,
    language: "en",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.membershipId;
}

const ws = (name: string) => createWorkspaceRow(orgId(), `${name} ${uid()}`);

/** Each case prepares fresh targets, so an allowed call never changes what the next caller meets. */
const CASES: [string, Expect, () => Promise<Call>][] = [
  ["users page (see users)", ["ok", "ok", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"], async () => page("users.view")],
  ...(["MEMBER", "USER_ADMIN", "BILLING_ADMIN", "ORG_ADMIN"] as const).map((role): [string, Expect, () => Promise<Call>] => [
    `add a user as ${role}`,
    ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => (actor) => inviteUser.call(actor, slug(), { email: `new-${uid()}@example.test`, role, language: "fr" }),
  ]),
  [
    "assign workspaces to an invitation",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const membershipId = await pendingInvitee("MEMBER");
      const workspace = await ws("Assign");
      return (actor) => assignInvitationWorkspaces.call(actor, slug(), { membershipId, workspaceIds: [workspace.id] });
    },
  ],
  ...(["MEMBER", "ORG_ADMIN"] as const).map((role): [string, Expect, () => Promise<Call>] => [
    `change the workspaces of a ${role}`,
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const { membership } = await createMember(orgId(), role);
      const workspace = await ws("Edit");
      return (actor) => setUserWorkspaces.call(actor, slug(), { membershipId: membership.id, workspaceIds: [workspace.id] });
    },
  ]),
  [
    "change a member's role",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const { membership } = await createMember(orgId(), "MEMBER");
      return (actor) => changeUserRole.call(actor, slug(), { membershipId: membership.id, role: "BILLING_ADMIN" });
    },
  ],
  [
    "demote another org admin",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const { membership } = await createMember(orgId(), "ORG_ADMIN");
      return (actor) => changeUserRole.call(actor, slug(), { membershipId: membership.id, role: "MEMBER" });
    },
  ],
  ...(["MEMBER", "USER_ADMIN", "BILLING_ADMIN", "ORG_ADMIN"] as const).map((role): [string, Expect, () => Promise<Call>] => [
    `delete a ${role}`,
    ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const { membership } = await createMember(orgId(), role);
      return (actor) => removeUser.call(actor, slug(), { membershipId: membership.id });
    },
  ]),
  ...(["MEMBER", "ORG_ADMIN"] as const).flatMap((role): [string, Expect, () => Promise<Call>][] => [
    [
      `resend a pending ${role}'s invitation`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
      async () => {
        const membershipId = await pendingInvitee(role);
        return (actor) => resendUserInvitation.call(actor, slug(), { membershipId });
      },
    ],
    [
      `revoke a pending ${role}'s invitation`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
      async () => {
        const membershipId = await pendingInvitee(role);
        return (actor) => revokeUserInvitation.call(actor, slug(), { membershipId });
      },
    ],
  ]),
  [
    "load a user's workspaces (Edit dialog)",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const { membership } = await createMember(orgId(), "MEMBER");
      return (actor) => loadUserWorkspaces.call(actor, slug(), { membershipId: membership.id });
    },
  ],
  [
    "workspaces page (see workspaces)",
    ["ok", "ok", "ok", "ok", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => page("workspaces.viewAssigned"),
  ],
  [
    "open an assigned workspace",
    ["ok", "ok", "ok", "ok", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => page("workspaces.viewAssigned", (access) => loadWorkspace(db, access, w1.id, workspaceContactsQuerySchema.parse({}))),
  ],
  [
    "open a workspace the member is not assigned to",
    ["ok", "ok", "ok", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => page("workspaces.viewAssigned", (access) => loadWorkspace(db, access, w2.id, workspaceContactsQuerySchema.parse({}))),
  ],
  [
    "create a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => (actor) => createWorkspace.call(actor, slug(), { name: `Created ${uid()}` }),
  ],
  [
    "rename a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const workspace = await ws("Rename");
      return (actor) => renameWorkspace.call(actor, slug(), { workspaceId: workspace.id, name: `Renamed ${uid()}` });
    },
  ],
  [
    "delete a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const workspace = await ws("Delete");
      return (actor) => deleteWorkspace.call(actor, slug(), { workspaceId: workspace.id });
    },
  ],
  [
    "add a member to a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const workspace = await ws("Members");
      const { membership } = await createMember(orgId());
      return (actor) => addWorkspaceMember.call(actor, slug(), { workspaceId: workspace.id, membershipId: membership.id });
    },
  ],
  [
    "remove a member from a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const workspace = await ws("Members");
      const { membership } = await createMember(orgId());
      await assign(orgId(), workspace.id, membership.id);
      return (actor) => removeWorkspaceMember.call(actor, slug(), { workspaceId: workspace.id, membershipId: membership.id });
    },
  ],
  [
    "search users to add to a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => (actor) => searchWorkspaceCandidates.call(actor, slug(), { workspaceId: w1.id, q: "user" }),
  ],
  // By design: workspace managers and the workspace's own members handle its contacts.
  [
    "add a contact to the member's workspace",
    ["ok", "FORBIDDEN", "ok", "ok", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => (actor) => addWorkspaceContact.call(actor, slug(), { workspaceId: w1.id, name: `Customer ${uid()}`, email: "", phone: "" }),
  ],
  [
    "add a contact to another workspace",
    ["ok", "FORBIDDEN", "ok", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => (actor) => addWorkspaceContact.call(actor, slug(), { workspaceId: w2.id, name: `Customer ${uid()}`, email: "", phone: "" }),
  ],
  [
    "assign a contact of the member's workspace",
    ["ok", "FORBIDDEN", "ok", "ok", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const contact = await createWorkspaceContactRow(orgId(), w1.id);
      const member = await db.membership.findFirstOrThrow({ where: { organizationId: orgId(), userId: org.users.MEMBER.id } });
      return (actor) =>
        assignWorkspaceContact.call(actor, slug(), { workspaceId: w1.id, workspaceContactId: contact.id, membershipId: member.id });
    },
  ],
  [
    "assign a contact of another workspace",
    ["ok", "FORBIDDEN", "ok", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"],
    async () => {
      const workspaceMember = await createMember(orgId());
      await assign(orgId(), w2.id, workspaceMember.membership.id);
      const contact = await createWorkspaceContactRow(orgId(), w2.id);
      return (actor) =>
        assignWorkspaceContact.call(actor, slug(), {
          workspaceId: w2.id,
          workspaceContactId: contact.id,
          membershipId: workspaceMember.membership.id,
        });
    },
  ],
];

/** Cases that only read: allowed means answered, not written. */
const READS = /page|^open|^load|^search/;

describe("SPEC §2 on users and workspaces, by direct calls", () => {
  it.each(CASES)("%s", async (name, expected, prepare) => {
    for (const [index, caller] of CALLERS.entries()) {
      const call = await prepare();
      const before = await usersSnapshot();
      const result = await call(actorFor(caller));
      const outcome = result.ok ? "ok" : result.code;
      expect({ caller, outcome }).toEqual({ caller, outcome: expected[index] });
      const after = await usersSnapshot();
      if (!result.ok || READS.test(name)) expect(after).toEqual(before);
      else expect(after.audits, `${caller}: an allowed change is audited`).toBeGreaterThan(before.audits);
    }
  });
});
