// The users list: search, filters, sorts, pending rows with their invitation, workspace
// names and counts, and a constant number of statements whatever the page size.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { listUsers, WORKSPACE_NAMES_SHOWN } from "@/lib/users/list-users";
import { userListQuerySchema } from "@/lib/users/schemas";
import { inviteUser } from "@/lib/users/invite-user";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { assign, createMember, createWorkspaceContactRow, createWorkspaceRow } from "../support/user-factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
const orgId = () => org.organization.id;
const query = (raw: Record<string, string> = {}) => userListQuerySchema.parse(raw);

beforeAll(async () => {
  org = await createOrgWithRoles("List");
});

describe("listUsers", () => {
  it("finds by name or email, accent- and case-insensitively, and filters by role and status", async () => {
    const tag = uid();
    const elodie = await createMember(orgId(), "BILLING_ADMIN", "ACTIVE", { name: `Élodie Faure ${tag}` });
    const byEmail = await createMember(orgId(), "MEMBER", "ACTIVE", { email: `zz-${tag}@special.test`, name: "Someone" });
    const pending = await createMember(orgId(), "MEMBER", "PENDING", { name: `Pending ${tag}` });

    expect((await listUsers(db, orgId(), query({ q: `ELODIE faure ${tag}` }))).rows.map((r) => r.membershipId)).toEqual([
      elodie.membership.id,
    ]);
    expect((await listUsers(db, orgId(), query({ q: `zz-${tag}@SPECIAL` }))).rows.map((r) => r.membershipId)).toEqual([
      byEmail.membership.id,
    ]);
    expect((await listUsers(db, orgId(), query({ q: "100%_" }))).rows).toEqual([]);
    expect((await listUsers(db, orgId(), query({ q: tag, role: "BILLING_ADMIN" }))).rows.map((r) => r.membershipId)).toEqual([
      elodie.membership.id,
    ]);
    const pendingOnly = await listUsers(db, orgId(), query({ q: tag, status: "PENDING" }));
    expect(pendingOnly.rows.map((r) => r.membershipId)).toEqual([pending.membership.id]);
    expect(pendingOnly.total).toEqual({ count: 1, kind: "exact" });
  });

  it("shows a pending invitee with their invitation, workspace names (the first few) and assigned workspace contacts", async () => {
    const invited = await inviteUser.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
      email: `invitee-${uid()}@example.test`,
      role: "MEMBER",
      language: "en",
    });
    if (!invited.ok) throw new Error("invite failed");
    const workspaces = await Promise.all(
      Array.from({ length: WORKSPACE_NAMES_SHOWN + 2 }, (_, i) => createWorkspaceRow(orgId(), `WS ${String(i).padStart(2, "0")} ${uid()}`)),
    );
    for (const w of workspaces) await assign(orgId(), w.id, invited.data.membershipId);
    const membership = await db.membership.findUniqueOrThrow({ where: { id: invited.data.membershipId } });
    await createWorkspaceContactRow(orgId(), workspaces[0].id, membership.userId);
    const [row] = (await listUsers(db, orgId(), query({ q: invited.data.email }))).rows;
    expect(row).toMatchObject({
      status: "PENDING",
      lastActiveAt: null,
      workspaceCount: WORKSPACE_NAMES_SHOWN + 2,
      assignedContacts: 1,
      invitation: { expiresAt: invited.data.expiresAt },
    });
    expect(row.workspaceNames).toEqual(
      workspaces
        .map((w) => w.name)
        .sort()
        .slice(0, WORKSPACE_NAMES_SHOWN),
    );
  });

  it("sorts by name and by last active, and pages", async () => {
    const sorted = await createOrgWithRoles("Sort");
    const id = sorted.organization.id;
    const now = Date.now();
    await db.membership.updateMany({ where: { organizationId: id }, data: { lastActiveAt: null } });
    const a = await createMember(id, "MEMBER", "ACTIVE", { name: "Aaron" });
    const b = await createMember(id, "MEMBER", "ACTIVE", { name: "Béatrice" });
    const c = await createMember(id, "MEMBER", "ACTIVE", { name: "Chloé" });
    await db.membership.update({ where: { id: a.membership.id }, data: { lastActiveAt: new Date(now - 3_600_000) } });
    await db.membership.update({ where: { id: c.membership.id }, data: { lastActiveAt: new Date(now - 60_000) } });
    await db.membership.update({ where: { id: b.membership.id }, data: { lastActiveAt: new Date(now - 86_400_000) } });
    const names = async (raw: Record<string, string>) =>
      (await listUsers(db, id, query({ q: "", role: "MEMBER", ...raw }))).rows
        .map((r) => r.name)
        .filter((n) => ["Aaron", "Béatrice", "Chloé"].includes(n!));
    expect(await names({})).toEqual(["Aaron", "Béatrice", "Chloé"]);
    expect(await names({ sort: "-name" })).toEqual(["Chloé", "Béatrice", "Aaron"]);
    expect(await names({ sort: "-lastActive" })).toEqual(["Chloé", "Aaron", "Béatrice"]);
    const all = await listUsers(db, id, query({ size: "25" }));
    expect(all.total).toEqual({ count: 7, kind: "exact" });
    expect(all.nav).toMatchObject({ page: 1, pages: 1, next: null, last: null });
  });

  it("makes the same two statements whatever the page size or search", async () => {
    let statements = 0;
    const counting = db.$extends({
      query: {
        $allOperations: async ({ args, query: run }) => {
          statements++;
          return run(args);
        },
      },
    }) as unknown as typeof db;
    const queries: Record<string, string>[] = [
      { size: "25" },
      { size: "100" },
      { q: "user", size: "50" },
      { status: "PENDING", sort: "-lastActive" },
    ];
    for (const raw of queries) {
      statements = 0;
      await listUsers(counting, orgId(), query(raw));
      expect(statements).toBe(2);
    }
  });
});
