// Export all organization data: the ZIP holds every entity (a CSV and a JSON file each, and a
// README) and no secret (no token hash, session, email body or domain token); one export at a
// time; written by the job once, even when run twice at once; deleted after 7 days; allowed
// while the organization is cancelled; and who may ask for and download one (SPEC §2 style
// matrix, nothing written on a refusal).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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
import { assign, createMember, createWorkspaceContactRow, createWorkspaceRow } from "../support/user-factories";
import { createSignedInContact } from "../support/billing-factories";
import { GET as downloadRoute } from "@/app/orgs/[slug]/settings/export/[exportId]/download/route";
import { databaseChecksum } from "../support/database-checksum";
import { appUrl } from "@/lib/config";
import { routes } from "@/lib/routes";
import { translator } from "@/lib/i18n";
import { startCaptureSmtpServer } from "@/lib/mail/capture-server";
import { deliverDueEmails } from "@/lib/mail/dispatcher";
import { listCapturedEmails, readCapturedEmail } from "@/lib/mail/mailbox";
import { createMailTransport } from "@/lib/mail/transport";
import type { FileStorage } from "@/lib/storage/file-storage";

// The download route as the browser reaches it: its session (the caller), its language and the
// export store are this test's.
const route = vi.hoisted(() => ({ actor: null as Actor | null, storage: null as FileStorage | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  currentActor: async () => route.actor,
}));
vi.mock("@/lib/i18n/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/i18n/server")>()),
  getRequestLocale: async () => "en",
}));
vi.mock("@/lib/storage/export-storage", () => ({ exportStorage: () => route.storage }));

/** GET the download link as `actor` (null: signed out): its status, and the first bytes of what it sent. */
async function download(actor: Actor | null, url: string): Promise<{ status: number; head: string }> {
  route.actor = actor;
  const match = new URL(url).pathname.match(/^\/orgs\/([^/]+)\/settings\/export\/([^/]+)\/download$/);
  if (!match) throw new Error(`not a download link: ${url}`);
  const response = await downloadRoute(new Request(url), { params: Promise.resolve({ slug: match[1], exportId: match[2] }) });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, head: body.subarray(0, 2).toString("latin1") };
}

let folder: string;
let storage: DiskStorage;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "roster-exports-"));
  storage = new DiskStorage(folder);
  route.storage = storage;
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
      // The export's own "ready" email is written after the ZIP.
      emails: await db.emailOutbox.count({ where: { organizationId, createdAt: { lte: row.startedAt! } } }),
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
  let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
  let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
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
    org = await createOrgWithRoles("Matrix");
    other = await createOrgWithRoles("Other");
    for (const role of ["PRIMARY_LICENSEE", "PRIMARY_TECHNICAL", "PRIMARY_BILLING"] as const)
      contacts[role] = await createSignedInContact(org.organization.id, [role]);
  });

  it("asking for an export, the page's guard, and the download route: org admins only; a refusal changes nothing", async () => {
    const results: (string | undefined)[] = [];
    for (const caller of CALLERS) {
      const before = await databaseChecksum();
      const result = await requestDataExportAction.call(actorFor(caller), org.organization.slug, {});
      results.push(outcome(result));
      if (result.ok) await db.dataExport.update({ where: { id: result.data.id }, data: { status: "FAILED" } });
      else expect(await databaseChecksum(), `${caller}: the database changed after a refusal`).toEqual(before);
    }
    expect(byCaller(results)).toEqual(byCaller(EXPECTED));

    const pages: (string | undefined)[] = [];
    for (const caller of CALLERS) {
      const before = await databaseChecksum();
      try {
        await authorize(db, actorFor(caller), org.organization.slug, "data.export");
        pages.push("ok");
      } catch (error) {
        pages.push(outcome(toFailure(error, "en")));
      }
      expect(await databaseChecksum(), `${caller}: the page's guard wrote`).toEqual(before);
    }
    expect(byCaller(pages)).toEqual(byCaller(EXPECTED));

    // A ready export, then every caller follows its download link.
    const ready = await requestDataExportAction.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {});
    if (!ready.ok) throw new Error(JSON.stringify(ready));
    expect(await runDataExport(ready.data.id, storage, db)).toBe("done");
    const url = appUrl(routes.dataExportDownload(org.organization.slug, ready.data.id));
    const downloads: number[] = [];
    for (const caller of CALLERS) {
      const before = await databaseChecksum();
      const { status, head } = await download(actorFor(caller), url);
      downloads.push(status);
      if (status === 200) expect(head).toBe("PK");
      else expect(await databaseChecksum(), `${caller}: the database changed after a refused download`).toEqual(before);
    }
    expect(byCaller(downloads)).toEqual(byCaller(EXPECTED.map((code) => STATUS[code])));
    // Another organization's admin cannot reach this export through their own organization either (gone, as any unknown id).
    const theirs = await authorize(db, actorOf(other.users.ORG_ADMIN), other.organization.slug, "data.export");
    await expect(openDataExport(theirs, actorOf(other.users.ORG_ADMIN), ready.data.id, storage)).rejects.toMatchObject({
      code: "EXPORT_GONE",
    });
    expect(
      (await download(actorOf(other.users.ORG_ADMIN), appUrl(routes.dataExportDownload(other.organization.slug, ready.data.id)))).status,
    ).toBe(410);
  }, 120_000);
});

describe("the email when an export is ready", () => {
  let mailRoot: string;
  beforeAll(async () => {
    mailRoot = await mkdtemp(join(tmpdir(), "roster-export-mail-"));
  });
  afterAll(async () => {
    await rm(mailRoot, { recursive: true, force: true });
  });

  it("reaches the org admin who asked (not the others), in their language, with a download link that works", async () => {
    const org = await createOrgWithRoles("Ready");
    const slug = org.organization.slug;
    const asker = await createMember(org.organization.id, "ORG_ADMIN", "ACTIVE", { name: "Zoé Asker" });
    await db.user.update({ where: { id: asker.user.id }, data: { locale: "fr" } });
    const requested = await requestDataExportAction.call(actorOf(asker.user), slug, {});
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    // Nothing is sent while it is prepared.
    expect(await db.emailOutbox.count({ where: { organizationId: org.organization.id } })).toBe(0);
    expect(await runDataExport(requested.data.id, storage, db)).toBe("done");
    const queued = await db.emailOutbox.findMany({ where: { organizationId: org.organization.id } });
    expect(queued.map((row) => [row.template, row.toEmail, row.locale])).toEqual([["data-export-ready", asker.user.email, "fr"]]);

    const server = await startCaptureSmtpServer({ dir: join(mailRoot, "mailbox") });
    const transport = createMailTransport(server.url);
    try {
      const delivered = await deliverDueEmails({ db, transport });
      expect(delivered.sent).toBeGreaterThanOrEqual(1);
    } finally {
      transport.close();
      await server.stop();
    }
    const dir = join(mailRoot, "mailbox");
    const summary = (await listCapturedEmails(dir, { limit: 50 })).find((email) => email.to.includes(asker.user.email));
    expect(summary?.subject).toBe(translator("fr")("notificationEmails.dataExportReady.subject", { org: org.organization.name }));
    const email = (await readCapturedEmail(dir, summary!.id))!;
    expect(email.html).toContain('lang="fr"');
    const url = appUrl(routes.dataExportDownload(slug, requested.data.id));
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${url}"`);
    const link = email.text!.match(/https?:\/\/\S+\/download/)![0];
    expect(link).toBe(url);

    // The link downloads the ZIP for the admin who asked; signed out, it asks to sign in.
    expect(await download(actorOf(asker.user), link)).toEqual({ status: 200, head: "PK" });
    expect((await download(null, link)).status).toBe(401);
  }, 60_000);

  it("is not sent to someone who is no longer an org admin when it is ready", async () => {
    const org = await createOrgWithRoles("Demoted");
    const asker = await createMember(org.organization.id, "ORG_ADMIN");
    const requested = await requestDataExportAction.call(actorOf(asker.user), org.organization.slug, {});
    if (!requested.ok) throw new Error(JSON.stringify(requested));
    await db.membership.update({ where: { id: asker.membership.id }, data: { role: "MEMBER" } });
    expect(await runDataExport(requested.data.id, storage, db)).toBe("done");
    expect(await db.emailOutbox.count({ where: { organizationId: org.organization.id } })).toBe(0);
  });
});
