// Users → Import users against the database: the file's upload and preview write nothing to
// the organization's users whatever the rows say; applying writes every valid row in one
// transaction (invitations, outbox emails, one audit event per change with the import's id)
// or nothing when the users changed since the preview; SPEC §2 decides row by row what the
// uploader may do; a cancelled organization imports nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { uploadUserImport } from "@/lib/users/import/upload-user-import";
import { applyUserImport } from "@/lib/users/import/apply-user-import";
import { runImportApply } from "@/lib/users/import/run-import-apply";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { importErrorsCsv, importTemplateCsv } from "@/lib/users/import/import-csv-files";
import { readUsersCsv } from "@/lib/users/import/read-users-csv";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { assign, createMember, createWorkspaceRow, usersSnapshot } from "../support/user-factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let sales: { id: string };
let support: { id: string };
let bea: Awaited<ReturnType<typeof createMember>>;
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;
const admin = () => actorOf(org.users.ORG_ADMIN);

beforeAll(async () => {
  org = await createOrgWithRoles("Import");
  sales = await createWorkspaceRow(orgId(), "Sales");
  support = await createWorkspaceRow(orgId(), "Support");
  bea = await createMember(orgId(), "MEMBER", "ACTIVE", { email: `bea-${uid()}@example.test` });
  await assign(orgId(), sales.id, bea.membership.id);
});

const file = (text: string, name = "users.csv") => new File([text], name, { type: "text/csv" });

async function settled(importId: string, waiting: readonly string[]) {
  for (let i = 0; i < 600; i++) {
    const row = await db.userImport.findUniqueOrThrow({ where: { id: importId } });
    if (!waiting.includes(row.status)) return row;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("import did not settle");
}

async function preview(actor: Actor, text: string, slugOf = slug()) {
  const result = await uploadUserImport.call(actor, slugOf, { file: file(text) });
  if (!result.ok) throw new Error(`upload refused: ${result.code}`);
  const row = await settled(result.data.importId, ["PREVIEWING"]);
  const rows = await db.userImportRow.findMany({ where: { importId: row.id }, orderBy: { line: "asc" } });
  return { ...row, rows };
}

async function apply(actor: Actor, importId: string) {
  const result = await applyUserImport.call(actor, slug(), { importId });
  if (!result.ok) return { status: result.code, errorKey: null };
  return settled(importId, ["APPLYING"]);
}

/** The users' state, without the audit count (uploading a file is audited). */
async function usersState() {
  const { audits: _audits, ...rest } = await usersSnapshot();
  return rest;
}

const reasonsOf = (rows: { kind: string; reasonKey: string | null }[]) =>
  rows.map((row) => (row.kind === "ERROR" ? row.reasonKey!.replace("users.import.reasons.", "") : row.kind));

describe("users import", () => {
  it("previews every error reason in the page's language and writes nothing", async () => {
    const before = await usersState();
    const me = org.users.ORG_ADMIN.email;
    const imported = await preview(
      admin(),
      [
        "email,name,role,workspaces,language",
        "not-an-email,,,,",
        `new-${uid()}@example.test,,superuser,,`,
        `dup-${uid()}@example.test,,,,`,
        `${me},,MEMBER,,`,
        `ws-${uid()}@example.test,,,Nowhere,`,
        `many-${uid()}@example.test,,,${Array.from({ length: 11 }, () => "Sales")
          .map((n, i) => `${n}${i}`)
          .join("|")},`,
        `lang-${uid()}@example.test,,,,klingon`,
      ]
        .join("\n")
        .replace(/dup-(\w+)@example.test,,,,/, (line) => `${line}\n${line}`),
    );
    expect(imported.status).toBe("READY");
    expect(reasonsOf(imported.rows)).toEqual([
      "badEmail",
      "unknownRole",
      "ADD",
      "duplicate",
      "ownRow",
      "unknownWorkspace",
      "tooManyWorkspaces",
      "unknownLanguage",
    ]);
    expect([imported.addCount, imported.updateCount, imported.unchangedCount, imported.errorCount]).toEqual([1, 0, 0, 7]);
    expect(await usersState()).toEqual(before);
    // The errors file: the bad rows as written, with their reason in the viewer's language, readable again.
    const { stream } = importErrorsCsv(imported.id, "fr", 3);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: spreadsheets read it as UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe("e-mail,nom,rôle,espaces de travail,langue,raison");
    expect(text).toMatch(/Cette adresse e-mail n.est pas valide/);
    expect(readUsersCsv(bytes).map((row) => row.email)).toEqual(
      imported.rows.filter((row) => row.kind === "ERROR").map((row) => row.email),
    );
  });

  it("gives a template in the viewer's language that reads back as two valid rows", async () => {
    for (const locale of ["en", "fr"] as const) {
      const lines = readUsersCsv(new TextEncoder().encode(importTemplateCsv(locale).text));
      expect(lines.map((line) => line.language)).toEqual([locale, locale]);
    }
  });

  it("reads a `;` file with a BOM, CRLF and quoted line breaks as a spreadsheet would", async () => {
    const email = `ana-${uid()}@example.test`;
    const imported = await preview(
      admin(),
      `\uFEFFe-mail;nom;rôle;espaces de travail;langue\r\n${email};"Ana\r\nde la Cruz; PhD";Membre;"Sales|\r\nSupport";fr\r\n${bea.user.email};;;"Support";\r\n`,
    );
    expect(imported.rows.map((row) => [row.kind, row.name, row.roleAfter, row.workspacesBefore, row.workspacesAfter])).toEqual([
      ["ADD", "Ana\r\nde la Cruz; PhD", "MEMBER", [], ["Sales", "Support"]],
      ["UPDATE", "", "MEMBER", ["Sales"], ["Support"]],
    ]);
  });

  it("applies every valid row in one go: invitations with their emails, changes, one audit event each with the import id", async () => {
    const adds = [`a1-${uid()}@example.test`, `a2-${uid()}@example.test`];
    const imported = await preview(
      admin(),
      [
        "email,name,role,workspaces,language",
        `${adds[0]},First One,MEMBER,Sales,fr`,
        `${adds[1]},,BILLING_ADMIN,,`,
        `${bea.user.email},,USER_ADMIN,Support,`,
        "bad,,,,",
      ].join("\n"),
    );
    const emailsBefore = await db.emailOutbox.count({ where: { organizationId: orgId() } });
    const applied = await apply(admin(), imported.id);
    expect(applied).toMatchObject({ status: "APPLIED", progress: 100 });
    const invited = await db.membership.findMany({
      where: { organizationId: orgId(), user: { email: { in: adds } } },
      select: { role: true, status: true, user: { select: { email: true, name: true } }, workspaces: { select: { workspaceId: true } } },
      orderBy: { role: "asc" },
    });
    expect(invited.map((m) => [m.user.email, m.role, m.status, m.workspaces.map((w) => w.workspaceId)])).toEqual([
      [adds[1], "BILLING_ADMIN", "PENDING", []],
      [adds[0], "MEMBER", "PENDING", [sales.id]],
    ]);
    expect(invited.find((m) => m.user.email === adds[0])!.user.name).toBe("First One");
    const invitations = await db.invitation.findMany({
      where: { organizationId: orgId(), email: { in: adds } },
      select: { language: true, email: true },
    });
    expect(invitations).toHaveLength(2);
    expect(invitations.find((i) => i.email === adds[0])!.language).toBe("fr");
    const emails = await db.emailOutbox.findMany({ where: { organizationId: orgId() }, select: { toEmail: true, template: true } });
    expect(emails.length - emailsBefore).toBe(2);
    expect(emails.filter((e) => adds.includes(e.toEmail)).map((e) => e.template)).toEqual(["user-invitation", "user-invitation"]);
    const updated = await db.membership.findUniqueOrThrow({ where: { id: bea.membership.id }, select: { role: true, workspaces: true } });
    expect([updated.role, updated.workspaces.map((w) => w.workspaceId)]).toEqual(["USER_ADMIN", [support.id]]);
    const events = await db.auditEvent.findMany({
      where: { organizationId: orgId(), metadata: { path: ["importId"], equals: imported.id } },
      select: { action: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual([
      "user.invited",
      "user.invited",
      "user.role_changed",
      "user.workspaces_changed",
      "users_import.applied",
    ]);
    // Applying twice does nothing more.
    expect((await applyUserImport.call(admin(), slug(), { importId: imported.id })).ok).toBe(false);
  });

  it("refuses an apply whose users changed since the preview, writing nothing", async () => {
    const member = await createMember(orgId(), "MEMBER", "ACTIVE", { email: `c-${uid()}@example.test` });
    const imported = await preview(
      admin(),
      ["email,role,workspaces", `new-${uid()}@example.test,MEMBER,Sales`, `${member.user.email},,Sales`].join("\n"),
    );
    expect(reasonsOf(imported.rows)).toEqual(["ADD", "UPDATE"]);
    // Someone gives the member a workspace meanwhile: their row would now do something else.
    await assign(orgId(), support.id, member.membership.id);
    const before = await usersState();
    const applied = await apply(admin(), imported.id);
    expect(applied).toMatchObject({ status: "APPLY_FAILED", errorKey: "users.import.errors.stale" });
    // Only the request to apply is recorded (audited with its claim); the users are as they were.
    expect(await usersState()).toEqual(before);
  });

  it("lets a user admin add members but refuses, row by row, a role they may not give", async () => {
    const member = `m-${uid()}@example.test`;
    const billing = `b-${uid()}@example.test`;
    const imported = await preview(
      actorOf(org.users.USER_ADMIN),
      ["email,role", `${member},MEMBER`, `${billing},BILLING_ADMIN`, `${bea.user.email},MEMBER`].join("\n"),
    );
    expect(reasonsOf(imported.rows)).toEqual(["ADD", "roleNotAllowed", "roleNotAllowed"]);
    expect(imported.rows[1].reasonParams).toEqual({ role: "BILLING_ADMIN" });
    const applied = await apply(actorOf(org.users.USER_ADMIN), imported.id);
    expect(applied.status).toBe("APPLIED");
    expect(await db.membership.count({ where: { organizationId: orgId(), user: { email: member } } })).toBe(1);
    expect(await db.user.count({ where: { email: billing } })).toBe(0);
  });

  it("refuses billing admins and members, and a cancelled organization imports nothing", async () => {
    const text = `email\nz-${uid()}@example.test\n`;
    for (const role of ["BILLING_ADMIN", "MEMBER"] as const) {
      const refused = await uploadUserImport.call(actorOf(org.users[role]), slug(), { file: file(text) });
      expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const other = await createOrgWithRoles("Cancelled");
    const actor = actorOf(other.users.ORG_ADMIN);
    const ready = await preview(actor, text, other.organization.slug);
    expect(ready.status).toBe("READY");
    expect((await cancelSubscription.call(actor, other.organization.slug, { confirmName: other.organization.name })).ok).toBe(true);
    expect(await uploadUserImport.call(actor, other.organization.slug, { file: file(text) })).toMatchObject({
      ok: false,
      code: "READ_ONLY",
    });
    expect(await applyUserImport.call(actor, other.organization.slug, { importId: ready.id })).toMatchObject({
      ok: false,
      code: "READ_ONLY",
    });
    // An apply already on its way when the organization was cancelled writes nothing either.
    await db.userImport.update({ where: { id: ready.id }, data: { status: "APPLYING" } });
    const before = await usersSnapshot();
    expect(await runImportApply(ready.id, actor)).toBe("failed");
    expect(await db.userImport.findUniqueOrThrow({ where: { id: ready.id } })).toMatchObject({ errorKey: "users.import.errors.readOnly" });
    const { audits: _a, ...after } = await usersSnapshot();
    const { audits: _b, ...same } = before;
    expect(after).toEqual(same);
  });

  it("refuses another organization's import", async () => {
    const other = await createOrgWithRoles("Other");
    const imported = await preview(admin(), `email\nq-${uid()}@example.test\n`);
    expect(await applyUserImport.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, { importId: imported.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});
