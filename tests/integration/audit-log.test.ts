// The audit log: append-only in the database itself (UPDATE, DELETE and TRUNCATE refused;
// an organization's deletion and a deleted account's foreign key excepted), its filters and
// keyset pages, its CSV export in the viewer's language, and who may open it (SPEC §2: org
// admins only).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize, type Actor } from "@/lib/auth/access";
import { toFailure } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { OrgRole } from "@/lib/db/generated/enums";
import { audit } from "@/lib/audit/audit";
import { allowDeletingAuditEventsOf } from "@/lib/audit/append-only";
import { auditLogQuerySchema } from "@/lib/audit/audit-log-query";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { exportAuditLogCsv } from "@/lib/audit/export-audit-log";
import { changeUserRole } from "@/lib/users/change-user-role";
import { actorOf, createOrgWithRoles, createUser } from "../support/factories";
import { createMember } from "../support/user-factories";
import { createSignedInContact } from "../support/billing-factories";
import { databaseChecksum } from "../support/database-checksum";
import { appUrl } from "@/lib/config";
import { routes } from "@/lib/routes";
import { GET as auditCsvRoute } from "@/app/orgs/[slug]/settings/audit/csv/route";

// The CSV route as the browser reaches it: its session (the caller) and language are this test's.
const route = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  currentActor: async () => route.actor,
}));
vi.mock("@/lib/i18n/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/i18n/server")>()),
  getRequestLocale: async () => "en",
}));

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
const orgId = () => org.organization.id;

async function access(user: { id: string }) {
  return authorize(db, actorOf(user), org.organization.slug, "audit.view");
}

beforeAll(async () => {
  org = await createOrgWithRoles("Audit");
  other = await createOrgWithRoles("Other");
});

describe("append-only", () => {
  async function oneEvent(organizationId: string) {
    await db.$transaction((tx) =>
      audit(tx, null, { organizationId, action: "workspace.created", targetType: "Workspace", targetId: "w1" }),
    );
    return db.auditEvent.findFirstOrThrow({ where: { organizationId }, orderBy: { createdAt: "desc" } });
  }

  it("refuses UPDATE, DELETE and TRUNCATE, whoever sends them", async () => {
    const event = await oneEvent(orgId());
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET ip = '1.2.3.4' WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "actorUserId" = NULL WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "organizationId" = ${orgId()}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses to null the actor of an account that still exists", async () => {
    const user = await createUser();
    await db.$transaction((tx) => audit(tx, actorOf(user), { organizationId: orgId(), action: "contact.created", targetType: "Contact" }));
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id } });
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "actorUserId" = NULL WHERE id = ${event.id}`).rejects.toThrow(/append-only/);
    // Deleting the account nulls it (the foreign key's ON DELETE SET NULL), the rest kept.
    await db.user.delete({ where: { id: user.id } });
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual({ ...event, actorUserId: null });
  });

  it("lets an organization's deletion remove its own events only, in that transaction only", async () => {
    const doomed = await createOrgWithRoles("Doomed");
    const doomedEvent = await oneEvent(doomed.organization.id);
    const otherEvent = await oneEvent(other.organization.id);
    // The setting names another organization: nothing of the doomed one may go.
    await expect(
      db.$transaction(async (tx) => {
        await allowDeletingAuditEventsOf(tx, other.organization.id);
        await tx.organization.delete({ where: { id: doomed.organization.id } });
      }),
    ).rejects.toThrow(/append-only/);
    // Allowed for the doomed organization, another's events still refused in the same transaction.
    await expect(
      db.$transaction(async (tx) => {
        await allowDeletingAuditEventsOf(tx, doomed.organization.id);
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${otherEvent.id}`;
      }),
    ).rejects.toThrow(/append-only/);
    await db.$transaction(async (tx) => {
      await allowDeletingAuditEventsOf(tx, doomed.organization.id);
      await tx.organization.delete({ where: { id: doomed.organization.id } });
    });
    expect(await db.auditEvent.count({ where: { id: doomedEvent.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { id: otherEvent.id } })).toBe(1);
    // The setting ended with its transaction.
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${otherEvent.id}`).rejects.toThrow(/append-only/);
  });
});

describe("the log's filters and pages", () => {
  let filtered: Awaited<ReturnType<typeof createOrgWithRoles>>;
  const listFor = async (query: Record<string, string>) => {
    const viewer = await authorize(db, actorOf(filtered.users.ORG_ADMIN), filtered.organization.slug, "audit.view");
    return listAuditEvents(viewer, auditLogQuerySchema.parse(query));
  };

  beforeAll(async () => {
    filtered = await createOrgWithRoles("Filtered");
    const organizationId = filtered.organization.id;
    const admin = filtered.users.ORG_ADMIN;
    const userAdmin = filtered.users.USER_ADMIN;
    const rows = [];
    // 60 events over 60 days, newest on 2026-03-01: alternating people and the system.
    for (let i = 0; i < 60; i++) {
      rows.push({
        organizationId,
        actorUserId: i % 3 === 0 ? null : i % 3 === 1 ? admin.id : userAdmin.id,
        action: i % 2 ? "contact.updated" : "workspace.renamed",
        targetType: i % 2 ? "Contact" : "Workspace",
        targetId: i % 2 ? `contact-${i % 5}` : `workspace-${i % 4}`,
        metadata: i % 2 ? { name: { from: `Old ${i}`, to: `New ${i}` } } : { from: `Before ${i}`, to: `After ${i}` },
        createdAt: new Date(Date.UTC(2026, 2, 1, 12) - i * 24 * 3600 * 1000),
      });
    }
    await db.auditEvent.createMany({ data: rows });
    // Another organization's events never show.
    await db.auditEvent.create({ data: { organizationId: other.organization.id, action: "contact.updated", targetType: "Contact" } });
  });

  it("lists newest first and pages by key", async () => {
    const first = await listFor({});
    expect(first.rows).toHaveLength(25);
    expect(first.total).toEqual({ count: 60, kind: "exact" });
    const times = first.rows.map((row) => new Date(row.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.rows[0].createdAt).toEqual(new Date(Date.UTC(2026, 2, 1, 12)));
    const second = await listFor({ page: "2", after: first.nav.next!.after! });
    expect(second.rows[0].createdAt).toEqual(new Date(Date.UTC(2026, 2, 1, 12) - 25 * 24 * 3600 * 1000));
    const back = await listFor({ page: "1", before: second.rows[0].id });
    expect(back.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    const third = await listFor({ page: "3", after: second.nav.next!.after! });
    expect(third.rows).toHaveLength(10);
    expect(third.nav.next).toBeNull();
    const byNumber = await listFor({ page: "3" });
    expect(byNumber.rows.map((row) => row.id)).toEqual(third.rows.map((row) => row.id));
  });

  it("filters by person, the system, action, target, record and days (both included)", async () => {
    const byAdmin = await listFor({ person: filtered.users.ORG_ADMIN.email.toUpperCase(), size: "100" });
    expect(byAdmin.rows).toHaveLength(20);
    expect(byAdmin.rows.every((row) => row.actorEmail === filtered.users.ORG_ADMIN.email && row.actorName)).toBe(true);
    const bySystem = await listFor({ person: "system", size: "100" });
    expect(bySystem.rows).toHaveLength(20);
    expect(bySystem.rows.every((row) => row.actorUserId === null)).toBe(true);
    expect((await listFor({ person: "nobody@example.test" })).rows).toHaveLength(0);
    const renamed = await listFor({ action: "workspace.renamed", size: "100" });
    expect(renamed.rows).toHaveLength(30);
    expect(renamed.total).toEqual({ count: 30, kind: "exact" });
    expect((await listFor({ target: "Contact", size: "100" })).rows).toHaveLength(30);
    const oneContact = await listFor({ target: "Contact", targetId: "contact-1", size: "100" });
    expect(oneContact.rows).toHaveLength(6);
    expect(new Set(oneContact.rows.map((row) => row.targetId))).toEqual(new Set(["contact-1"]));
    const days = await listFor({ from: "2026-02-20", to: "2026-02-24", size: "100" });
    expect(days.rows.map((row) => new Date(row.createdAt).toISOString().slice(0, 10))).toEqual([
      "2026-02-24",
      "2026-02-23",
      "2026-02-22",
      "2026-02-21",
      "2026-02-20",
    ]);
    const combined = await listFor({ person: "system", action: "workspace.renamed", from: "2026-01-01", size: "100" });
    expect(combined.rows.length).toBeGreaterThan(0);
    expect(combined.rows.every((row) => row.actorUserId === null && row.action === "workspace.renamed")).toBe(true);
    const adminUpdates = await listFor({
      person: filtered.users.ORG_ADMIN.email,
      action: "contact.updated",
      from: "2026-01-01",
      to: "2026-03-01",
      size: "100",
    });
    expect(adminUpdates.rows.map((row) => [row.actorEmail, row.action])).toEqual(
      Array.from({ length: 10 }, () => [filtered.users.ORG_ADMIN.email, "contact.updated"]),
    );
    // Junk parameters are left out, never an error.
    expect((await listFor({ person: "not an email", from: "2026-13-45", action: "x'; DROP" })).total.count).toBe(60);
  });

  it("exports the filtered log as CSV in the viewer's language, and audits the export", async () => {
    const viewer = await authorize(db, actorOf(filtered.users.ORG_ADMIN), filtered.organization.slug, "audit.view");
    const { stream, fileName } = await exportAuditLogCsv(
      viewer,
      actorOf(filtered.users.ORG_ADMIN),
      { action: "workspace.renamed" },
      "fr",
      7,
    );
    expect(fileName).toMatch(/^audit-log-org-.+\.csv$/);
    const text = await new Response(stream).text();
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("Quand (UTC)");
    expect(lines).toHaveLength(31);
    expect(lines[1]).toContain("Espace de travail renommé");
    expect(lines[1]).toMatch(/Nom\u202f?\s?: Before 0 → After 0/);
    const exported = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: filtered.organization.id, action: "audit_log.exported" },
    });
    expect(exported.metadata).toEqual({ filters: { action: "workspace.renamed" } });
  });

  it("shows a role change with its before and after, by whom and from where", async () => {
    const { membership } = await createMember(orgId(), "MEMBER");
    const admin = org.users.ORG_ADMIN;
    const result = await changeUserRole.call({ ...actorOf(admin), ip: "203.0.113.9" }, org.organization.slug, {
      membershipId: membership.id,
      role: "BILLING_ADMIN",
    });
    expect(result.ok).toBe(true);
    const page = await listAuditEvents(
      await access(admin),
      auditLogQuerySchema.parse({ action: "user.role_changed", targetId: membership.id }),
    );
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ actorEmail: admin.email, ip: "203.0.113.9", userAgent: "vitest", targetType: "Membership" });
    expect(page.rows[0].metadata).toMatchObject({ from: "MEMBER", to: "BILLING_ADMIN" });
  });
});

describe("who may see the audit log (SPEC §2)", () => {
  // The four organization roles, a signed-in contact with each primary role, another
  // organization's admin, signed out. Written from the SPEC table: org admins only.
  const CALLERS = [
    "ORG_ADMIN",
    "BILLING_ADMIN",
    "USER_ADMIN",
    "MEMBER",
    "PRIMARY_LICENSEE",
    "PRIMARY_TECHNICAL",
    "PRIMARY_BILLING",
    "OTHER_ORG_ADMIN",
    "SIGNED_OUT",
  ] as const;
  type Caller = (typeof CALLERS)[number];
  const EXPECTED = ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"];
  const STATUS: Record<string, number> = { ok: 200, FORBIDDEN: 403, NOT_FOUND: 404, UNAUTHENTICATED: 401 };
  const contacts = {} as Record<"PRIMARY_LICENSEE" | "PRIMARY_TECHNICAL" | "PRIMARY_BILLING", { user: { id: string } }>;
  const actorFor = (caller: Caller): Actor | null => {
    if (caller === "SIGNED_OUT") return null;
    if (caller === "OTHER_ORG_ADMIN") return actorOf(other.users.ORG_ADMIN);
    if (caller === "PRIMARY_LICENSEE" || caller === "PRIMARY_TECHNICAL" || caller === "PRIMARY_BILLING")
      return actorOf(contacts[caller].user);
    return actorOf(org.users[caller as OrgRole]);
  };
  const outcome = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.code);
  const byCaller = (outcomes: unknown[]) => Object.fromEntries(CALLERS.map((caller, i) => [caller, outcomes[i]]));

  beforeAll(async () => {
    for (const role of ["PRIMARY_LICENSEE", "PRIMARY_TECHNICAL", "PRIMARY_BILLING"] as const)
      contacts[role] = await createSignedInContact(org.organization.id, [role]);
  });

  async function guarded(actor: Actor | null, run: (access: Awaited<ReturnType<typeof authorize>>) => Promise<unknown>) {
    try {
      await run(await authorize(db, actor, org.organization.slug, "audit.view"));
      return { ok: true as const, data: null };
    } catch (error) {
      return toFailure(error, "en");
    }
  }

  it("the page (its guard and list) and the CSV route: org admins only, nothing written on a refusal", async () => {
    const page: (string | undefined)[] = [];
    for (const caller of CALLERS) {
      const before = await databaseChecksum();
      page.push(outcome(await guarded(actorFor(caller), (a) => listAuditEvents(a, auditLogQuerySchema.parse({})))));
      expect(await databaseChecksum(), `${caller}: the page wrote`).toEqual(before);
    }
    expect(byCaller(page)).toEqual(byCaller(EXPECTED));

    const csv: number[] = [];
    const url = appUrl(routes.auditLogCsv(org.organization.slug, { action: "user.role_changed" }));
    for (const caller of CALLERS) {
      const before = await databaseChecksum();
      route.actor = actorFor(caller);
      const response = await auditCsvRoute(new Request(url), { params: Promise.resolve({ slug: org.organization.slug }) });
      const text = await response.text();
      csv.push(response.status);
      if (response.ok) {
        expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        expect(text.split("\r\n")[0]).toContain("Action");
      } else expect(await databaseChecksum(), `${caller}: the database changed after a refused export`).toEqual(before);
    }
    expect(byCaller(csv)).toEqual(byCaller(EXPECTED.map((code) => STATUS[code])));
    // The allowed export was recorded, with its filter.
    expect(
      await db.auditEvent.findFirst({ where: { organizationId: orgId(), action: "audit_log.exported" }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({
      actorUserId: org.users.ORG_ADMIN.id,
    });
  }, 120_000);
});
