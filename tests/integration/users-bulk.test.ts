// Actions on a selection of users: SPEC §2 row by row (nobody changes or deletes themself;
// user admins delete MEMBERs only; only org admins change roles), the confirmation's count and
// skipped reasons equal to what is then done, one transaction, one audit event per change,
// another organization's rows untouched, refusals writing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { assignWorkspaceInBulk, changeRoleInBulk, deleteUsersInBulk, removeWorkspaceInBulk } from "@/lib/users/bulk/change-users-in-bulk";
import { planBulkChange } from "@/lib/users/bulk/plan-bulk-change";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { actorOf, createOrgWithRoles } from "../support/factories";
import { createMember, createWorkspaceRow, usersSnapshot } from "../support/user-factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let members: Awaited<ReturnType<typeof createMember>>[];
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;
const membershipOf = (userId: string) => db.membership.findFirstOrThrow({ where: { organizationId: orgId(), userId } });

beforeEach(async () => {
  org = await createOrgWithRoles("Bulk");
  members = [await createMember(orgId()), await createMember(orgId(), "MEMBER", "PENDING")];
});

describe("actions on a selection of users", () => {
  it("a user admin deletes the members selected, skipping themself and the roles they may not remove", async () => {
    const actor = actorOf(org.users.USER_ADMIN);
    const ids = [
      members[0].membership.id,
      members[1].membership.id,
      (await membershipOf(org.users.BILLING_ADMIN.id)).id,
      (await membershipOf(org.users.USER_ADMIN.id)).id,
    ];
    const before = await usersSnapshot();
    const asked = await deleteUsersInBulk.call(actor, slug(), { selection: { ids } });
    expect(asked).toEqual({
      ok: true,
      data: {
        done: false,
        count: 2,
        skipped: expect.arrayContaining([
          { reason: "removeNotAllowed", count: 1 },
          { reason: "self", count: 1 },
        ]),
      },
    });
    expect(await usersSnapshot()).toEqual(before);
    const done = await deleteUsersInBulk.call(actor, slug(), { selection: { ids }, confirm: true });
    expect(done).toMatchObject({ ok: true, data: { done: true, count: 2 } });
    expect(await db.membership.count({ where: { id: { in: ids } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { organizationId: orgId(), action: "user.removed" } })).toBe(2);
  });

  it("only org admins change roles; their own row is skipped", async () => {
    const ids = [members[0].membership.id, (await membershipOf(org.users.ORG_ADMIN.id)).id];
    const before = await usersSnapshot();
    for (const role of ["USER_ADMIN", "BILLING_ADMIN", "MEMBER"] as const) {
      const refused = await changeRoleInBulk.call(actorOf(org.users[role]), slug(), {
        selection: { ids },
        role: "USER_ADMIN",
        confirm: true,
      });
      expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await usersSnapshot()).toEqual(before);
    const done = await changeRoleInBulk.call(actorOf(org.users.ORG_ADMIN), slug(), {
      selection: { ids },
      role: "USER_ADMIN",
      confirm: true,
    });
    expect(done).toEqual({ ok: true, data: { done: true, count: 1, skipped: [{ reason: "self", count: 1 }] } });
    expect((await db.membership.findUniqueOrThrow({ where: { id: members[0].membership.id } })).role).toBe("USER_ADMIN");
    expect((await membershipOf(org.users.ORG_ADMIN.id)).role).toBe("ORG_ADMIN");
  });

  it("assigns and removes a workspace for every user matching the filter, skipping those already done", async () => {
    const sales = await createWorkspaceRow(orgId(), "Sales");
    const actor = actorOf(org.users.USER_ADMIN);
    const filter = { q: "", role: "MEMBER" as const };
    const assigned = await assignWorkspaceInBulk.call(actor, slug(), { selection: { filter }, workspaceId: sales.id, confirm: true });
    // The two members and the MEMBER of createOrgWithRoles.
    expect(assigned).toEqual({ ok: true, data: { done: true, count: 3, skipped: [] } });
    const again = await assignWorkspaceInBulk.call(actor, slug(), { selection: { filter }, workspaceId: sales.id });
    expect(again).toEqual({ ok: true, data: { done: false, count: 0, skipped: [{ reason: "alreadyDone", count: 3 }] } });
    const removed = await removeWorkspaceInBulk.call(actor, slug(), {
      selection: { ids: [members[0].membership.id] },
      workspaceId: sales.id,
      confirm: true,
    });
    expect(removed).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await db.workspaceAssignment.count({ where: { workspaceId: sales.id } })).toBe(2);
  });

  it("leaves another organization's rows alone, and a cancelled organization changes nothing", async () => {
    const other = await createOrgWithRoles("Other");
    const stranger = await createMember(other.organization.id);
    const result = await deleteUsersInBulk.call(actorOf(org.users.ORG_ADMIN), slug(), {
      selection: { ids: [stranger.membership.id] },
      confirm: true,
    });
    expect(result).toEqual({ ok: true, data: { done: true, count: 0, skipped: [] } });
    expect(await db.membership.count({ where: { id: stranger.membership.id } })).toBe(1);
    const admin = actorOf(org.users.ORG_ADMIN);
    expect((await cancelSubscription.call(admin, slug(), { confirmName: org.organization.name })).ok).toBe(true);
    const before = await usersSnapshot();
    expect(await deleteUsersInBulk.call(admin, slug(), { selection: { ids: [members[0].membership.id] }, confirm: true })).toMatchObject({
      ok: false,
      code: "READ_ONLY",
    });
    expect(await usersSnapshot()).toEqual(before);
  });

  it("keeps the last active ORG_ADMIN when a selection would remove or demote them all", () => {
    const admin = {
      membershipId: "a",
      userId: "ua",
      email: "a@x.test",
      role: "ORG_ADMIN" as const,
      status: "ACTIVE" as const,
      workspaceIds: [],
    };
    const plan = planBulkChange([admin], { userId: "someone", role: "ORG_ADMIN" }, { kind: "delete" }, ["a"]);
    expect(plan.apply).toEqual([]);
    expect(plan.skipped).toEqual([{ target: admin, reason: "lastAdmin" }]);
  });
});
