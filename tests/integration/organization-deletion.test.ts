// The deletion of a cancelled organization (SPEC §1: on cancellation + 90 days, or at once by
// Delete now): everything of the organization goes, with the accounts that belonged only to
// it; other organizations and shared accounts stay as they were. Run twice, twice at once in
// one process, in two processes at once, and after a run stopped halfway: one deletion.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { reactivateSubscription } from "@/lib/subscription/reactivate-subscription";
import { deleteOrganization } from "@/lib/subscription/delete-organization";
import { listDueDeletions, runDueDeletions, sendDeletionReminders } from "@/lib/subscription/due-deletions";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { addDomain } from "@/lib/domains/add-domain";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { actorOf, createContact, createOrgWithRoles, createUser } from "../support/factories";
import { createBillingWorld } from "../support/billing-factories";
import { rowsOfOrganization } from "../support/database-checksum";

const DAY = 86_400_000;

/** Every row of an organization, in every table that carries its id, and its people's accounts. */
async function fingerprint(organizationId: string): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY 1`;
  const sums: Record<string, string> = {};
  for (const { name } of [...tables, { name: "Organization" }]) {
    const column = name === "Organization" ? "id" : "organizationId";
    const [row] = await db.$queryRawUnsafe<{ rows: number; sum: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t WHERE "${column}" = $1`,
      organizationId,
    );
    sums[name] = `${row.rows}:${row.sum}`;
  }
  const [users] = await db.$queryRaw<{ sum: string }[]>(Prisma.sql`
    SELECT md5(coalesce(string_agg(u::text, '|' ORDER BY u.id), '')) AS sum FROM "User" u
    WHERE u.id IN (SELECT "userId" FROM "Membership" WHERE "organizationId" = ${organizationId}
                   UNION SELECT "userId" FROM "Contact" WHERE "organizationId" = ${organizationId})`);
  sums.users = users.sum;
  return sums;
}

/**
 * An organization with data in every area (orders, invoices, licenses, contacts with roles,
 * workspaces, a domain, an invitation, emails, audit events), cancelled by its admin, and an
 * organization B that shares some of its people.
 */
async function cancelledWorld() {
  const a = await createBillingWorld("Doomed");
  const b = await createOrgWithRoles("Survivor");
  const organizationId = a.organization.id;
  const admin = actorOf(a.users.ORG_ADMIN);
  // People of A who are also somewhere in B keep their accounts.
  const sharedMember = await createUser();
  const sharedContact = await createUser();
  const emailContact = await createUser();
  for (const user of [sharedMember, sharedContact, emailContact])
    await db.membership.create({ data: { organizationId, userId: user.id, role: "MEMBER", status: "ACTIVE" } });
  await db.membership.create({ data: { organizationId: b.organization.id, userId: sharedMember.id, role: "MEMBER", status: "ACTIVE" } });
  await createContact(b.organization.id, { email: sharedContact.email, userId: sharedContact.id });
  await createContact(b.organization.id, { email: emailContact.email, userId: null });
  await createContact(b.organization.id, { roles: ["PRIMARY_BILLING"] });
  await createWorkspace.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { name: "B's workspace" });
  expect((await createWorkspace.call(admin, a.organization.slug, { name: "A's workspace" })).ok).toBe(true);
  expect((await addDomain.call(admin, a.organization.slug, { domain: `doomed-${organizationId}.example` })).ok).toBe(true);
  expect((await createContactInvitation.call(admin, a.organization.slug, { roles: ["NEW_QUOTES"], language: "en" })).ok).toBe(true);
  expect((await cancelSubscription.call(admin, a.organization.slug, { confirmName: a.organization.name })).ok).toBe(true);
  const onlyInA = [a.users.ORG_ADMIN, a.users.MEMBER, a.licenseeOfA.user, a.byContactRole.PRIMARY_BILLING.user];
  return { a, b, organizationId, shared: [sharedMember, sharedContact, emailContact], onlyInA };
}

async function makeDue(organizationId: string) {
  await db.organization.update({ where: { id: organizationId }, data: { deletionScheduledAt: new Date(Date.now() - 60_000) } });
}

async function expectDeleted(world: Awaited<ReturnType<typeof cancelledWorld>>, bBefore: Record<string, string>) {
  expect(await rowsOfOrganization(world.organizationId)).toEqual({});
  expect(await db.user.count({ where: { id: { in: world.onlyInA.map((user) => user.id) } } })).toBe(0);
  expect(await db.user.count({ where: { id: { in: world.shared.map((user) => user.id) } } })).toBe(world.shared.length);
  expect(await fingerprint(world.b.organization.id)).toEqual(bBefore);
  const trace = await db.auditEvent.findMany({ where: { action: "organization.deleted", targetId: world.organizationId } });
  expect(trace).toHaveLength(1);
  expect(trace[0]).toMatchObject({ organizationId: null, metadata: { slug: world.a.organization.slug } });
}

describe("deleting a cancelled organization", () => {
  it("queues the cancellation email to the org admins in the cancellation's transaction", async () => {
    const world = await cancelledWorld();
    const emails = await db.emailOutbox.findMany({ where: { organizationId: world.organizationId, template: "organization-deletion" } });
    expect(emails.map((email) => email.toEmail)).toEqual([world.a.users.ORG_ADMIN.email]);
    expect(emails[0].props).toMatchObject({ stage: "cancelled" });
  });

  it("waits for the date, then deletes everything of it once, even run twice and twice at once", async () => {
    const world = await cancelledWorld();
    const bBefore = await fingerprint(world.b.organization.id);
    // Not yet due: nothing happens.
    expect(await runDueDeletions(db)).toEqual([]);
    expect(await deleteOrganization(db, world.organizationId)).toEqual({ deleted: false, accountsDeleted: 0 });
    expect(Object.keys(await rowsOfOrganization(world.organizationId)).length).toBeGreaterThan(10);

    await makeDue(world.organizationId);
    expect((await listDueDeletions(db)).map((due) => due.id)).toEqual([world.organizationId]);
    const results = await Promise.all([deleteOrganization(db, world.organizationId), deleteOrganization(db, world.organizationId)]);
    expect(results.filter((result) => result.deleted)).toHaveLength(1);
    expect(results.find((result) => result.deleted)!.accountsDeleted).toBeGreaterThanOrEqual(world.onlyInA.length);
    expect(await deleteOrganization(db, world.organizationId)).toEqual({ deleted: false, accountsDeleted: 0 });
    expect(await runDueDeletions(db)).toEqual([]);
    await expectDeleted(world, bBefore);
  }, 60_000);

  it("two processes running the job at the same moment delete it once", async () => {
    const world = await cancelledWorld();
    const bBefore = await fingerprint(world.b.organization.id);
    await makeDue(world.organizationId);
    const startAt = Date.now() + 6000;
    const run = async () => {
      const child = spawn(process.execPath, ["--import", "tsx", "tests/support/organization-deletions-process.ts"], {
        env: { ...process.env, START_AT: String(startAt) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const [code] = await once(child, "exit");
      expect(code, output).toBe(0);
      return JSON.parse(output.trim().split("\n").at(-1)!) as { deleted: string[]; seen: number };
    };
    const results = await Promise.all([run(), run()]);
    console.log(`[deletion] two processes at once: ${results.map((r) => `saw ${r.seen}, deleted ${r.deleted.length}`).join("; ")}`);
    expect(results.flatMap((result) => result.deleted)).toEqual([world.organizationId]);
    await expectDeleted(world, bBefore);
  }, 90_000);

  it("npm run jobs -- deletions lists the due deletions (--list: only that) and runs them", async () => {
    const world = await cancelledWorld();
    const bBefore = await fingerprint(world.b.organization.id);
    await makeDue(world.organizationId);
    const script = async (...args: string[]) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/jobs.ts", "deletions", ...args], {
        env: { ...process.env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const [code] = await once(child, "exit");
      expect(code, output).toBe(0);
      return output;
    };
    const listed = await script("--list");
    expect(listed).toContain(`1 organization(s) due for deletion:`);
    expect(listed).toContain(world.a.organization.slug);
    expect(await db.organization.count({ where: { id: world.organizationId } })).toBe(1);
    const ran = await script();
    expect(ran).toContain(`deleted ${world.a.organization.slug} and `);
    expect(ran).toContain("Deleted 1 organization(s).");
    await expectDeleted(world, bBefore);
    expect(await script()).toContain("No organization is due for deletion.");
    // Three starts of tsx: a few seconds each on a quiet machine, much more on a busy one.
  }, 300_000);

  it("resumes a deletion stopped halfway, which nothing reactivates meanwhile", async () => {
    const world = await cancelledWorld();
    const bBefore = await fingerprint(world.b.organization.id);
    await makeDue(world.organizationId);
    // A failure in the middle of the steps (as if the process stopped there).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION stop_here() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'stopped halfway'; END $$;
      CREATE TRIGGER stop_here BEFORE DELETE ON "Workspace" FOR EACH ROW EXECUTE FUNCTION stop_here();`);
    await expect(deleteOrganization(db, world.organizationId)).rejects.toThrow(/stopped halfway/);
    const left = await rowsOfOrganization(world.organizationId);
    expect(left).not.toHaveProperty("Order");
    expect(left).not.toHaveProperty("EmailOutbox");
    expect(left).toHaveProperty("Workspace");
    expect(left).toHaveProperty("Organization");
    expect(await reactivateSubscription.call(actorOf(world.a.users.ORG_ADMIN), world.a.organization.slug, {})).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await db.$executeRawUnsafe(`DROP TRIGGER stop_here ON "Workspace"; DROP FUNCTION stop_here();`);
    const runs = await runDueDeletions(db);
    expect(runs.map((each) => [each.organization.id, each.organization.started, each.deleted])).toEqual([
      [world.organizationId, true, true],
    ]);
    await expectDeleted(world, bBefore);
  }, 60_000);

  it("deletes the audit events under the append-only contract: only those of the organization it announces", async () => {
    // A stand-in for the append-only trigger (its contract): no UPDATE, and DELETE only of the
    // rows of the organization named by roster.deleting_organization in the transaction.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_OP = 'DELETE' AND OLD."organizationId" = current_setting('roster.deleting_organization', true) THEN RETURN OLD; END IF;
        RAISE EXCEPTION 'audit events are append-only';
      END $$;
      CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_append_only();`);
    try {
      const world = await cancelledWorld();
      const bBefore = await fingerprint(world.b.organization.id);
      await expect(db.auditEvent.deleteMany({ where: { organizationId: world.organizationId } })).rejects.toThrow(/append-only/);
      await makeDue(world.organizationId);
      expect(await deleteOrganization(db, world.organizationId)).toMatchObject({ deleted: true });
      await expectDeleted(world, bBefore);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER audit_append_only ON "AuditEvent"; DROP FUNCTION audit_append_only();`);
    }
  }, 60_000);

  it("reminds the org admins 30 and 7 days before, each once, whatever the number of runs", async () => {
    const world = await cancelledWorld();
    const id = world.organizationId;
    const deletionAt = (await db.organization.findUniqueOrThrow({ where: { id } })).deletionScheduledAt!;
    const reminders = () =>
      db.emailOutbox.findMany({
        where: { organizationId: id, template: "organization-deletion", props: { path: ["stage"], equals: "reminder" } },
        orderBy: { createdAt: "asc" },
      });
    // Other organizations of this file are cancelled too: count this one's reminders.
    const runAt = async (at: Date, runs = 1) => {
      await Promise.all(Array.from({ length: runs }, () => sendDeletionReminders(db, at)));
      return (await reminders()).map((email) => [email.toEmail, (email.props as { days: number }).days]);
    };
    expect(await runAt(new Date(deletionAt.getTime() - 31 * DAY))).toEqual([]);
    const admin = world.a.users.ORG_ADMIN.email;
    const at30 = new Date(deletionAt.getTime() - 30 * DAY + 3_600_000);
    expect(await runAt(at30, 2)).toEqual([[admin, 30]]);
    expect(await runAt(at30)).toEqual([[admin, 30]]);
    const at7 = new Date(deletionAt.getTime() - 7 * DAY + 3_600_000);
    expect((await runAt(at7, 2)).sort()).toEqual(
      [
        [admin, 30],
        [admin, 7],
      ].sort(),
    );
    expect(await runAt(new Date(deletionAt.getTime() - DAY))).toHaveLength(2);
  });
});
