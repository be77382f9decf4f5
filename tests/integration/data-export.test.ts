// Export all organization data: the ZIP holds every entity (a CSV and a JSON file each, and a
// README) and no secret (no token hash, session, email body or domain token); one export at a
// time; written by the job once, even when run twice at once; deleted after 7 days; allowed
// while the organization is cancelled; and who may ask for and download one (SPEC §2 style
// matrix, nothing written on a refusal).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yauzl from "yauzl";
import { db } from "@/lib/db/prisma";
import { authorize, type Actor } from "@/lib/auth/access";
import { toFailure } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { OrgRole } from "@/lib/db/generated/enums";
import { requestDataExportAction } from "@/lib/data-export/data-export-actions";
import { expireDataExports, runDataExport } from "@/lib/data-export/run-export";
import { openDataExport } from "@/lib/data-export/download-export";
import { EXPORT_ENTITIES } from "@/lib/data-export/entities";
import { DiskStorage } from "@/lib/storage/disk-storage";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { inviteUser } from "@/lib/users/invite-user";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { createBillingWorld } from "../support/billing-factories";
import { assign, createWorkspaceContactRow, createWorkspaceRow } from "../support/user-factories";

let folder: string;
let storage: DiskStorage;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "roster-exports-"));
  storage = new DiskStorage(folder);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every entry of a ZIP file as text. */
function unzip(path: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, string>();
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

async function exportOf(organizationId: string) {
  return db.dataExport.findFirstOrThrow({ where: { organizationId }, orderBy: { createdAt: "desc" } });
}

describe("the export ZIP", () => {
  it("holds every entity as CSV and JSON, a README, and no secret", async () => {
    const world = await createBillingWorld("Export");
    const organizationId = world.organization.id;
    const slug = world.organization.slug;
    const admin = actorOf(world.users.ORG_ADMIN);
    // Workspaces, an assignment, a workspace contact.
    const workspace = await createWorkspaceRow(organizationId, "Export workspace");
    const member = await db.membership.findFirstOrThrow({ where: { organizationId, userId: world.users.MEMBER.id } });
    await assign(organizationId, workspace.id, member.id);
    await createWorkspaceContactRow(organizationId, workspace.id, world.users.MEMBER.id);
    // Invitations (their tokens stored as hashes), a quote, a domain with its token, a session, an email with a body.
    const contactInvitation = await createContactInvitation.call(admin, slug, { roles: ["NEW_QUOTES"], language: "fr" });
    expect(contactInvitation.ok).toBe(true);
    expect((await inviteUser.call(admin, slug, { email: `invitee-${uid()}@example.test`, role: "MEMBER", language: "en" })).ok).toBe(true);
    await db.quote.create({
      data: { organizationId, number: `Q-${uid()}`, items: [{ product: "Roster Cloud" }], amountCents: 4200, validUntil: new Date() },
    });
    await db.verifiedDomain.create({
      data: { organizationId, domain: `export-${uid()}.example`, token: "roster-verify-SECRET-DOMAIN-TOKEN" },
    });
    await db.session.create({
      data: { sessionToken: "SECRET-SESSION-TOKEN", userId: world.users.ORG_ADMIN.id, expires: new Date(Date.now() + 86_400_000) },
    });
    await db.emailOutbox.create({
      data: {
        organizationId,
        template: "quote-created",
        toEmail: "someone@example.test",
        subject: "A subject that is kept",
        html: "<p>SECRET-EMAIL-BODY-HTML</p>",
        text: "SECRET-EMAIL-BODY-TEXT",
        props: { secret: "SECRET-EMAIL-PROPS" },
        locale: "en",
      },
    });
    const hashes = await db.invitation.findMany({ where: { organizationId }, select: { tokenHash: true } });
    expect(hashes.length).toBe(2);

    const requested = await requestDataExportAction.call(admin, slug, {});
    expect(requested.ok).toBe(true);
    expect(await runDataExport((requested as { data: { id: string } }).data.id, storage, db)).toBe("done");
    const row = await exportOf(organizationId);
    expect(row).toMatchObject({ status: "READY", progress: 100, requestedById: world.users.ORG_ADMIN.id });
    expect(row.expiresAt!.getTime() - row.completedAt!.getTime()).toBe(7 * 24 * 3600 * 1000);
    const entries = await unzip(join(folder, row.storageKey!));
    expect(row.bytes).toBeGreaterThan(1000);

    const expected = ["README.md", ...EXPORT_ENTITIES.flatMap((entity) => [`${entity.file}.csv`, `${entity.file}.json`])];
    expect([...entries.keys()].sort()).toEqual(expected.sort());
    for (const file of [
      "organization",
      "users",
      "workspaces",
      "workspace_assignments",
      "contacts",
      "contact_roles",
      "orders",
      "order_line_items",
      "licenses",
      "invoices",
      "quotes",
      "domains",
      "invitations",
      "emails",
      "audit_events",
    ])
      expect(EXPORT_ENTITIES.map((entity) => entity.file)).toContain(file);
    // Each entity's rows: the JSON array and the CSV lines (header + rows) agree, and match the database.
    const counts: Record<string, number> = {
      organization: 1,
      users: await db.membership.count({ where: { organizationId } }),
      workspaces: 1,
      workspace_assignments: 1,
      workspace_contacts: 1,
      contacts: await db.contact.count({ where: { organizationId } }),
      contact_roles: await db.contactRole.count({ where: { organizationId } }),
      orders: 2,
      order_line_items: 2,
      licenses: await db.license.count({ where: { organizationId } }),
      invoices: 2,
      quotes: 1,
      domains: 1,
      invitations: 2,
      emails: await db.emailOutbox.count({ where: { organizationId } }),
      audit_events: await db.auditEvent.count({ where: { organizationId, createdAt: { lte: row.startedAt! } } }),
    };
    for (const [file, count] of Object.entries(counts)) {
      const json = JSON.parse(entries.get(`${file}.json`)!) as Record<string, unknown>[];
      expect(json, file).toHaveLength(count);
      expect(entries.get(`${file}.csv`)!.trim().split("\r\n"), file).toHaveLength(count + 1);
    }
    const organization = JSON.parse(entries.get("organization.json")!)[0];
    expect(organization).toMatchObject({ id: organizationId, slug });
    const users = JSON.parse(entries.get("users.json")!) as { email: string; role: string }[];
    expect(users.map((user) => user.email)).toContain(world.users.ORG_ADMIN.email);
    expect(entries.get("README.md")).toContain("## contacts.csv, contacts.json");
    expect(entries.get("README.md")).toContain("- licenseeContactId:");

    // No secret anywhere.
    const everything = [...entries.values()].join("\n");
    for (const { tokenHash } of hashes) expect(everything).not.toContain(tokenHash);
    for (const secret of [
      "SECRET-SESSION-TOKEN",
      "SECRET-EMAIL-BODY",
      "SECRET-EMAIL-PROPS",
      "SECRET-DOMAIN-TOKEN",
      "tokenHash",
      "sessionToken",
      "sealedProps",
    ])
      expect(everything).not.toContain(secret);
    expect(everything).toContain("A subject that is kept");

    // Downloaded by an org admin (audited), the same file.
    const access = await authorize(db, admin, slug, "data.export");
    const download = await openDataExport(access, admin, row.id, storage);
    const chunks: Buffer[] = [];
    for await (const chunk of download.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).length).toBe(row.bytes);
    expect(download.fileName).toMatch(new RegExp(`^${slug}-export-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    const actions = (await db.auditEvent.findMany({ where: { organizationId, targetId: row.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["data_export.requested", "data_export.completed", "data_export.downloaded"]);

    // After 7 days the file is deleted; the download then says so.
    expect(await expireDataExports(storage, db, new Date(row.expiresAt!.getTime() + 1000))).toBe(1);
    expect(await exportOf(organizationId)).toMatchObject({ status: "EXPIRED", storageKey: null });
    expect(await readdir(join(folder, organizationId))).toEqual([]);
    await expect(openDataExport(access, admin, row.id, storage)).rejects.toMatchObject({ code: "EXPORT_GONE" });
  });
});

describe("one export at a time", () => {
  it("refuses a second request while one waits or runs, with a clear message; allows one again once it is done", async () => {
    const org = await createOrgWithRoles("Once");
    const admin = actorOf(org.users.ORG_ADMIN);
    const slug = org.organization.slug;
    const first = await requestDataExportAction.call(admin, slug, {});
    expect(first.ok).toBe(true);
    const second = await requestDataExportAction.call(admin, slug, {}, { locale: "en" });
    expect(second).toMatchObject({ ok: false, code: "EXPORT_RUNNING", formError: expect.stringContaining("already being prepared") });
    // Two at once: one wins (the partial unique index decides, not the check before it).
    const [a, b] = await Promise.all([requestDataExportAction.call(admin, slug, {}), requestDataExportAction.call(admin, slug, {})]);
    expect([a.ok, b.ok]).toEqual([false, false]);
    expect(await db.dataExport.count({ where: { organizationId: org.organization.id } })).toBe(1);
    // Run twice at once: written once.
    const id = (first as { data: { id: string } }).data.id;
    await db.dataExport.update({ where: { id }, data: { status: "RUNNING" } });
    const refusedWhileRunning = await requestDataExportAction.call(admin, slug, {}, { locale: "fr" });
    expect(refusedWhileRunning).toMatchObject({
      ok: false,
      code: "EXPORT_RUNNING",
      formError: expect.stringContaining("déjà en préparation"),
    });
    await db.dataExport.update({ where: { id }, data: { status: "PENDING" } });
    const outcomes = await Promise.all([runDataExport(id, storage, db), runDataExport(id, storage, db)]);
    expect(outcomes.sort()).toEqual(["done", "skipped"]);
    expect(await db.auditEvent.count({ where: { targetId: id, action: "data_export.completed" } })).toBe(1);
    expect((await requestDataExportAction.call(admin, slug, {})).ok).toBe(true);
  });

  it("stays allowed while the organization is cancelled", async () => {
    const org = await createOrgWithRoles("Cancelled");
    await db.organization.update({
      where: { id: org.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    expect((await requestDataExportAction.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {})).ok).toBe(true);
  });
});

describe("who may export (SPEC §2: org admins)", () => {
  const CALLERS = ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER", "OTHER_ORG_ADMIN", "SIGNED_OUT"] as const;
  let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
  let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
  const actorFor = (caller: (typeof CALLERS)[number]): Actor | null =>
    caller === "SIGNED_OUT" ? null : caller === "OTHER_ORG_ADMIN" ? actorOf(other.users.ORG_ADMIN) : actorOf(org.users[caller as OrgRole]);
  const outcome = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.code);
  const snapshot = async () => ({
    exports: await db.dataExport.findMany({ where: { organizationId: org.organization.id }, orderBy: { id: "asc" } }),
    events: await db.auditEvent.count({ where: { organizationId: org.organization.id } }),
  });

  beforeAll(async () => {
    org = await createOrgWithRoles("Matrix");
    other = await createOrgWithRoles("Other");
  });

  it("asking for an export, the page, and downloading: org admins only; a refusal changes nothing", async () => {
    const results: (string | undefined)[] = [];
    for (const caller of CALLERS) {
      const before = await snapshot();
      const result = await requestDataExportAction.call(actorFor(caller), org.organization.slug, {});
      results.push(outcome(result));
      if (result.ok) await db.dataExport.update({ where: { id: result.data.id }, data: { status: "FAILED" } });
      else expect(await snapshot()).toEqual(before);
    }
    expect(results).toEqual(["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"]);

    // A ready export, then every caller tries the page's guard and the download.
    const ready = await requestDataExportAction.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {});
    if (!ready.ok) throw new Error(JSON.stringify(ready));
    expect(await runDataExport(ready.data.id, storage, db)).toBe("done");
    const downloads: (string | undefined)[] = [];
    for (const caller of CALLERS) {
      const actor = actorFor(caller);
      const before = await snapshot();
      let result: ActionResult<unknown>;
      try {
        const access = await authorize(db, actor, org.organization.slug, "data.export");
        const { stream } = await openDataExport(access, actor!, ready.data.id, storage);
        stream.destroy();
        result = { ok: true, data: null };
      } catch (error) {
        result = toFailure(error, "en");
      }
      downloads.push(outcome(result));
      if (!result.ok) expect(await snapshot()).toEqual(before);
    }
    expect(downloads).toEqual(["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"]);
    // Another organization's admin cannot reach this export through their own organization either.
    const theirs = await authorize(db, actorOf(other.users.ORG_ADMIN), other.organization.slug, "data.export");
    await expect(openDataExport(theirs, actorOf(other.users.ORG_ADMIN), ready.data.id, storage)).rejects.toMatchObject({
      code: "EXPORT_GONE",
    });
  });
});
