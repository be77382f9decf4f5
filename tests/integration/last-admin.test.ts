// SPEC §1 "an organization always keeps at least one active ORG_ADMIN", as a database-level
// guarantee: two admins removing or demoting each other at the same moment (real concurrent
// transactions on a real PostgreSQL) leave one; and the trigger refuses any transaction that
// would leave none, even raw SQL that bypasses the use cases.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db/prisma";
import type { ActionResult } from "@/lib/actions/result";
import { changeUserRole } from "@/lib/users/change-user-role";
import { removeUser } from "@/lib/users/remove-user";
import { touchMembership } from "@/lib/auth/last-active";
import { withLastAdminGuard } from "@/lib/users/membership-change";
import { allowDeletingAuditEventsOf } from "@/lib/audit/append-only";
import { actorOf, createOrgWithRoles } from "../support/factories";
import { createMember } from "../support/user-factories";

const url = () => process.env.DATABASE_URL!;
const clients: pg.Client[] = [];
async function client() {
  const c = new pg.Client({ connectionString: url() });
  await c.connect();
  clients.push(c);
  return c;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
});

/** An organization with exactly two active ORG_ADMINs (A from the factory, and B). */
async function twoAdmins() {
  const org = await createOrgWithRoles("Admins");
  const a = await db.membership.findFirstOrThrow({ where: { organizationId: org.organization.id, userId: org.users.ORG_ADMIN.id } });
  const b = await createMember(org.organization.id, "ORG_ADMIN");
  return { org, a: { user: org.users.ORG_ADMIN, membership: a }, b };
}

const activeAdmins = (organizationId: string) => db.membership.count({ where: { organizationId, role: "ORG_ADMIN", status: "ACTIVE" } });
const outcomes = (results: ActionResult<unknown>[]) => results.map((r) => (r.ok ? "ok" : r.code)).sort();

describe("two admins at the same moment, through the actions", () => {
  const rounds = 5;
  it(`delete each other: one wins, one ORG_ADMIN remains (${rounds} rounds)`, async () => {
    for (let i = 0; i < rounds; i++) {
      const { org, a, b } = await twoAdmins();
      const slug = org.organization.slug;
      const results = await Promise.all([
        removeUser.call(actorOf(a.user), slug, { membershipId: b.membership.id }),
        removeUser.call(actorOf(b.user), slug, { membershipId: a.membership.id }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await activeAdmins(org.organization.id)).toBe(1);
    }
  });

  it(`demote each other: one wins, one ORG_ADMIN remains (${rounds} rounds)`, async () => {
    for (let i = 0; i < rounds; i++) {
      const { org, a, b } = await twoAdmins();
      const slug = org.organization.slug;
      const results = await Promise.all([
        changeUserRole.call(actorOf(a.user), slug, { membershipId: b.membership.id, role: "MEMBER" }),
        changeUserRole.call(actorOf(b.user), slug, { membershipId: a.membership.id, role: "BILLING_ADMIN" }),
      ]);
      expect(outcomes(results)).toEqual(["FORBIDDEN", "ok"]);
      expect(await activeAdmins(org.organization.id)).toBe(1);
    }
  });

  it(`one deletes while the other demotes: one ORG_ADMIN remains (${rounds} rounds)`, async () => {
    for (let i = 0; i < rounds; i++) {
      const { org, a, b } = await twoAdmins();
      const slug = org.organization.slug;
      const results = await Promise.all([
        removeUser.call(actorOf(a.user), slug, { membershipId: b.membership.id }),
        changeUserRole.call(actorOf(b.user), slug, { membershipId: a.membership.id, role: "MEMBER" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await activeAdmins(org.organization.id)).toBe(1);
    }
  });
});

describe("the database trigger, whatever runs", () => {
  it("two raw transactions taking each other's admin away: both changes are made, the second COMMIT is refused", async () => {
    const { org, a, b } = await twoAdmins();
    const [one, two] = [await client(), await client()];
    await one.query("BEGIN");
    await two.query("BEGIN");
    await one.query(`UPDATE "Membership" SET role = 'MEMBER' WHERE id = $1`, [a.membership.id]);
    await two.query(`DELETE FROM "Membership" WHERE id = $1`, [b.membership.id]);
    // Both commits at once: the trigger locks the organization row, so they serialize and the second sees the first.
    const results = await Promise.allSettled([one.query("COMMIT"), two.query("COMMIT")]);
    const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toMatchObject({ code: "23514", constraint: "membership_keeps_an_org_admin" });
    expect(await activeAdmins(org.organization.id)).toBe(1);
  });

  it("refuses one transaction that removes every admin, and one that only marks the last one PENDING", async () => {
    const { org, a, b } = await twoAdmins();
    const c = await client();
    await c.query("BEGIN");
    await c.query(`DELETE FROM "Membership" WHERE "organizationId" = $1 AND role = 'ORG_ADMIN'`, [org.organization.id]);
    await expect(c.query("COMMIT")).rejects.toMatchObject({ code: "23514" });
    expect(await activeAdmins(org.organization.id)).toBe(2);
    await db.membership.delete({ where: { id: b.membership.id } });
    await expect(db.membership.update({ where: { id: a.membership.id }, data: { status: "PENDING" } })).rejects.toThrow(
      /membership_keeps_an_org_admin|ORG_ADMIN/,
    );
    expect(await activeAdmins(org.organization.id)).toBe(1);
  });

  it("reaches the use cases as the LAST_ADMIN error, not a generic failure", async () => {
    const { org, a, b } = await twoAdmins();
    await db.membership.delete({ where: { id: b.membership.id } });
    const demote = () => db.$transaction((tx) => tx.membership.update({ where: { id: a.membership.id }, data: { role: "MEMBER" } }));
    await expect(withLastAdminGuard(demote, "role")).rejects.toMatchObject({
      code: "LAST_ADMIN",
      messageKey: "users.errors.lastAdmin",
      options: { field: "role" },
    });
    expect(await activeAdmins(org.organization.id)).toBe(1);
  });

  it("lets everything else through: other roles, an admin replaced in the same transaction, last-active writes, deleting the organization", async () => {
    const { org, a, b } = await twoAdmins();
    const member = await createMember(org.organization.id, "MEMBER");
    await db.membership.delete({ where: { id: member.membership.id } });
    await db.$transaction(async (tx) => {
      await tx.membership.update({ where: { id: a.membership.id }, data: { role: "MEMBER" } });
      await tx.membership.update({ where: { id: b.membership.id }, data: { role: "MEMBER" } });
      await tx.membership.update({ where: { id: a.membership.id }, data: { role: "ORG_ADMIN" } });
    });
    expect(await activeAdmins(org.organization.id)).toBe(1);
    await touchMembership(db, a.membership.id);
    await db.$transaction(async (tx) => {
      await allowDeletingAuditEventsOf(tx, org.organization.id);
      await tx.organization.delete({ where: { id: org.organization.id } });
    });
    expect(await db.membership.count({ where: { organizationId: org.organization.id } })).toBe(0);
  });
});
