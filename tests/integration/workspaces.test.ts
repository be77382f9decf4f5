// Workspaces against a real PostgreSQL: who sees which, what create/rename/delete and the
// members and contacts of a workspace write, and bad input refused with nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { ActionResult } from "@/lib/actions/result";
import { loadOrgAccess, type OrgAccess } from "@/lib/auth/access";
import { translator } from "@/lib/i18n";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { addWorkspaceMember } from "@/lib/workspaces/add-workspace-member";
import { removeWorkspaceMember } from "@/lib/workspaces/remove-workspace-member";
import { addWorkspaceContact } from "@/lib/workspaces/add-workspace-contact";
import { assignWorkspaceContact } from "@/lib/workspaces/assign-workspace-contact";
import { searchWorkspaceCandidates } from "@/lib/workspaces/search-workspace-candidates";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { loadWorkspace } from "@/lib/workspaces/load-workspace";
import { workspaceContactsQuerySchema, workspaceListQuerySchema } from "@/lib/workspaces/schemas";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { assign, createMember, createWorkspaceContactRow, createWorkspaceRow, usersSnapshot } from "../support/user-factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;
const admin = () => actorOf(org.users.ORG_ADMIN);

beforeAll(async () => {
  org = await createOrgWithRoles("Spaces");
  other = await createOrgWithRoles("Elsewhere");
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}
const accessOf = async (userId: string) => (await loadOrgAccess(db, userId, slug())) as OrgAccess;

describe("who sees which workspace", () => {
  it("members list and open only their workspaces; admins all; counts per row", async () => {
    const mine = await createWorkspaceRow(orgId(), `Mine ${uid()}`);
    const theirs = await createWorkspaceRow(orgId(), `Theirs ${uid()}`);
    const member = await createMember(orgId(), "MEMBER");
    await assign(orgId(), mine.id, member.membership.id);
    await createWorkspaceContactRow(orgId(), mine.id, member.user.id);
    await createWorkspaceContactRow(orgId(), mine.id);

    const asMember = await accessOf(member.user.id);
    const listed = await listWorkspaces(db, asMember, workspaceListQuerySchema.parse({}));
    expect(listed.rows).toEqual([{ id: mine.id, name: mine.name, members: 1, contacts: 2, sortKey: mine.name.toLowerCase() }]);
    expect(listed.total).toEqual({ count: 1, kind: "exact" });
    expect(await loadWorkspace(db, asMember, mine.id, workspaceContactsQuerySchema.parse({}))).toMatchObject({
      workspace: { id: mine.id, memberCount: 1, viewerAssigned: true },
      members: [{ membershipId: member.membership.id, email: member.user.email }],
      contacts: { total: { count: 2, kind: "exact" } },
    });
    expect(await loadWorkspace(db, asMember, theirs.id, workspaceContactsQuerySchema.parse({}))).toBeNull();

    for (const role of ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN"] as const) {
      const access = await accessOf(org.users[role].id);
      const all = await listWorkspaces(db, access, workspaceListQuerySchema.parse({ size: "100" }));
      expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
      expect(await loadWorkspace(db, access, theirs.id, workspaceContactsQuerySchema.parse({}))).not.toBeNull();
    }
    // Another organization's workspace is not found, even for an admin.
    const foreign = await createWorkspaceRow(other.organization.id);
    expect(await loadWorkspace(db, await accessOf(org.users.ORG_ADMIN.id), foreign.id, workspaceContactsQuerySchema.parse({}))).toBeNull();
  });

  it("searches by name, accent- and case-insensitively", async () => {
    const named = await createWorkspaceRow(orgId(), `Équipe Réseau ${uid()}`);
    const found = await listWorkspaces(db, await accessOf(org.users.ORG_ADMIN.id), workspaceListQuerySchema.parse({ q: "equipe res" }));
    expect(found.rows.map((r) => r.id)).toContain(named.id);
  });
});

describe("create, rename, delete", () => {
  it("creates and renames (audited); a taken name is a field error, nothing written", async () => {
    const created = data(await createWorkspace.call(admin(), slug(), { name: `  Sales ${uid()} ` }));
    expect(created.name).not.toMatch(/^\s|\s$/);
    expect(await db.auditEvent.count({ where: { action: "workspace.created", targetId: created.id } })).toBe(1);
    const renamed = data(
      await renameWorkspace.call(actorOf(org.users.USER_ADMIN), slug(), { workspaceId: created.id, name: `Ventes ${uid()}` }),
    );
    expect((await db.workspace.findUniqueOrThrow({ where: { id: created.id } })).name).toBe(renamed.name);

    const foreign = await createWorkspaceRow(other.organization.id);
    const before = await usersSnapshot();
    expect(await createWorkspace.call(admin(), slug(), { name: renamed.name }, { locale: "fr" })).toMatchObject({
      ok: false,
      code: "DUPLICATE",
      fieldErrors: { name: [translator("fr")("workspaces.errors.duplicate")] },
    });
    expect(await createWorkspace.call(admin(), slug(), { name: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { name: [translator("en")("errors.required")] },
    });
    expect(await renameWorkspace.call(admin(), slug(), { workspaceId: foreign.id, name: "Mine now" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await deleteWorkspace.call(admin(), slug(), { workspaceId: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await usersSnapshot()).toEqual(before);
    // The same name in another organization is fine.
    data(await createWorkspace.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, { name: renamed.name }));
  });

  it("deleting removes its assignments and workspace contacts, and says how many", async () => {
    const workspace = await createWorkspaceRow(orgId());
    const member = await createMember(orgId());
    await assign(orgId(), workspace.id, member.membership.id);
    await createWorkspaceContactRow(orgId(), workspace.id, member.user.id);
    const deleted = data(await deleteWorkspace.call(admin(), slug(), { workspaceId: workspace.id }));
    expect(deleted).toMatchObject({ members: 1, contacts: 1 });
    expect(await db.workspaceAssignment.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.workspaceContact.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.membership.findUnique({ where: { id: member.membership.id } })).not.toBeNull();
  });
});

describe("a workspace's members and contacts", () => {
  it("adds and removes members; removing unassigns their contacts there; search offers non-members only", async () => {
    const workspace = await createWorkspaceRow(orgId());
    const member = await createMember(orgId(), "MEMBER", "ACTIVE", { name: `Zoé Searchable ${uid()}` });
    const candidates = data(await searchWorkspaceCandidates.call(admin(), slug(), { workspaceId: workspace.id, q: "zoe search" }));
    expect(candidates.map((c) => c.membershipId)).toEqual([member.membership.id]);
    data(
      await addWorkspaceMember.call(actorOf(org.users.USER_ADMIN), slug(), {
        workspaceId: workspace.id,
        membershipId: member.membership.id,
      }),
    );
    expect(data(await searchWorkspaceCandidates.call(admin(), slug(), { workspaceId: workspace.id, q: "zoe search" }))).toEqual([]);
    const contact = await createWorkspaceContactRow(orgId(), workspace.id, member.user.id);
    const removed = data(
      await removeWorkspaceMember.call(admin(), slug(), { workspaceId: workspace.id, membershipId: member.membership.id }),
    );
    expect(removed).toMatchObject({ removed: true, unassignedContacts: 1 });
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: contact.id } })).assignedUserId).toBeNull();
  });

  it("members add contacts to their workspace and assign them among its members only", async () => {
    const workspace = await createWorkspaceRow(orgId());
    const member = await createMember(orgId());
    const colleague = await createMember(orgId());
    const outsider = await createMember(orgId());
    await assign(orgId(), workspace.id, member.membership.id);
    await assign(orgId(), workspace.id, colleague.membership.id);
    const me = actorOf(member.user);

    const added = data(
      await addWorkspaceContact.call(me, slug(), {
        workspaceId: workspace.id,
        name: " Paul Girard ",
        email: "Paul@Northwind.test",
        phone: "+33 4 72 10 20 30",
      }),
    );
    expect(await db.workspaceContact.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      name: "Paul Girard",
      email: "paul@northwind.test",
      phone: "+33 4 72 10 20 30",
      assignedUserId: null,
      organizationId: orgId(),
    });
    data(
      await assignWorkspaceContact.call(me, slug(), {
        workspaceId: workspace.id,
        workspaceContactId: added.id,
        membershipId: colleague.membership.id,
      }),
    );
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: added.id } })).assignedUserId).toBe(colleague.user.id);

    const elsewhere = await createWorkspaceRow(orgId());
    const foreignContact = await createWorkspaceContactRow(orgId(), elsewhere.id);
    const before = await usersSnapshot();
    expect(
      await assignWorkspaceContact.call(me, slug(), {
        workspaceId: workspace.id,
        workspaceContactId: added.id,
        membershipId: outsider.membership.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { membershipId: [translator("en")("workspaces.errors.notWorkspaceMember")] } });
    expect(await addWorkspaceContact.call(me, slug(), { workspaceId: workspace.id, name: "X", email: "not-an-email" })).toMatchObject({
      ok: false,
      fieldErrors: { email: [translator("en")("errors.email")] },
    });
    expect(await addWorkspaceContact.call(me, slug(), { workspaceId: workspace.id, name: "", email: "" })).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(Array) },
    });
    expect(
      await assignWorkspaceContact.call(admin(), slug(), {
        workspaceId: workspace.id,
        workspaceContactId: foreignContact.id,
        membershipId: colleague.membership.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await usersSnapshot()).toEqual(before);

    data(await assignWorkspaceContact.call(me, slug(), { workspaceId: workspace.id, workspaceContactId: added.id, membershipId: "" }));
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: added.id } })).assignedUserId).toBeNull();
    expect(await db.auditEvent.count({ where: { targetId: added.id } })).toBe(3);
  });
});
