// The vendor's broadcasts: `npm run notify -- security|data-protection …` and the use case under it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { db } from "@/lib/db/prisma";
import { broadcastKey, broadcastVendorNotice } from "@/lib/notifications/broadcast-vendor-notice";
import { createContact, createOrgWithRoles } from "../support/factories";
import { deliverAll, receivedBy } from "../support/notification-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { elementsOf, unsafePartsOf, withoutStyles } from "../support/email-html";

let sink: SmtpSink;
let dir: string;
beforeAll(async () => {
  sink = await startSmtpSink();
  dir = mkdtempSync(join(tmpdir(), "roster-notify-"));
});
afterAll(async () => {
  await sink.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function command(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/notify.ts", ...args], {
    env: { ...process.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, "exit");
  return { code: code as number | null, output };
}

describe("vendor broadcasts", () => {
  it("reach the routing table's recipients of every organization, once, even when the command runs again", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const aSecurity = await createContact(a.organization.id, { roles: ["SECURITY_PRIVACY"], language: "fr" });
    const bTechnical = await createContact(b.organization.id, { roles: ["PRIMARY_TECHNICAL"] });
    const bDpo = await createContact(b.organization.id, { roles: ["DATA_PROTECTION"] });
    const notice = { kind: "security" as const, subject: `Security update ${Date.now()}`, body: "Please **update**." };

    const first = await broadcastVendorNotice(db, notice);
    expect(first.organizations).toBeGreaterThanOrEqual(2);
    const again = await broadcastVendorNotice(db, notice);
    expect(again).toMatchObject({ organizations: 0, emails: 0, skipped: first.organizations });
    expect(await db.auditEvent.count({ where: { action: "notification.broadcast", targetId: broadcastKey(notice) } })).toBe(
      first.organizations,
    );

    await deliverAll(sink);
    const received = receivedBy(sink, [aSecurity.email, bTechnical.email, bDpo.email, a.users.ORG_ADMIN.email, b.users.ORG_ADMIN.email]);
    expect([...received.keys()].sort()).toEqual([aSecurity.email, bTechnical.email].sort());
    expect(received.get(aSecurity.email)).toHaveLength(1);
    expect(received.get(aSecurity.email)![0].mail.subject).toBe(notice.subject);
  });

  it("deliver the vendor's Markdown as safe HTML: links and https images only, no script, no handler, raw HTML as text", async () => {
    const { organization } = await createOrgWithRoles();
    const security = await createContact(organization.id, { roles: ["SECURITY_PRIVACY"] });
    const body = [
      "## Action needed",
      'Please **update** via [the guide](https://docs.vendor.example/update "a\\" onmouseover=\\"alert(1)").',
      '[x](javascript:alert(1)) [y](java&#09;script:alert(1)) ![i](https://img.example/x.png "t\\" onerror=\\"alert(1)") ![h](http://img.example/x.png)',
      "<script>alert(1)</script><img src=x onerror=alert(1)>",
    ].join("\n\n");
    await broadcastVendorNotice(db, { kind: "security", subject: `Markdown ${Date.now()}`, body, organizationSlug: organization.slug });

    await deliverAll(sink);
    const [message] = receivedBy(sink, [security.email]).get(security.email) ?? [];
    const html = String(message?.mail.html);
    expect(unsafePartsOf(html)).toEqual([]);
    expect(withoutStyles(html)).toContain("<h3>Action needed</h3>");
    expect(elementsOf(html).find((element) => element.name === "a" && element.attributes.title)?.attributes).toEqual(
      expect.objectContaining({ href: "https://docs.vendor.example/update", title: 'a" onmouseover="alert(1)' }),
    );
    expect(
      elementsOf(html)
        .filter((element) => element.name === "img")
        .map((image) => image.attributes.src),
    ).toEqual(["https://img.example/x.png"]);
    expect(withoutStyles(html)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(message.mail.text).toContain(body);
  });

  it("npm run notify -- data-protection --subject … --body-file … --org slug queues it for that organization only", async () => {
    const target = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const file = join(dir, "notice.md");
    const subject = `New sub-processor ${Date.now()}`;
    writeFileSync(file, "From **1 January**, invoices are stored by a new sub-processor.\n");

    const run = await command(["--", "data-protection", "--subject", subject, "--body-file", file, "--org", target.organization.slug]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`Queued 1 email(s) in 1 organization(s)`);
    const rows = await db.emailOutbox.findMany({ where: { template: "data-protection", subject } });
    expect(rows.map((row) => [row.organizationId, row.toEmail, row.reasons])).toEqual([
      [target.organization.id, target.users.ORG_ADMIN.email, [{ rule: "ORG_ADMIN" }]],
    ]);
    expect(rows[0].props).toMatchObject({ subject, body: "From **1 January**, invoices are stored by a new sub-processor." });
    expect(await db.emailOutbox.count({ where: { organizationId: other.organization.id, subject } })).toBe(0);

    const repeat = await command(["data-protection", "--subject", subject, "--body-file", file, "--org", target.organization.slug]);
    expect(repeat.output).toContain("already had it");
    expect(await db.emailOutbox.count({ where: { subject } })).toBe(1);
  }, 60_000);

  it("explains bad input and writes nothing", async () => {
    const file = join(dir, "ok.md");
    writeFileSync(file, "Body");
    const before = await db.emailOutbox.count();
    for (const [args, expected, code] of [
      [["privacy", "--subject", "S", "--body-file", file], "kind", 2],
      [["security", "--body-file", file], "the subject is empty", 2],
      [["security", "--subject", "S"], "--body-file is required", 2],
      [["security", "--subject", "S", "--body-file", join(dir, "missing.md")], "ENOENT", 2],
      [["security", "--subject", "S", "--body-file", file, "--org", "no-such-org"], 'No organization has the slug "no-such-org"', 1],
    ] as const) {
      const run = await command([...args]);
      expect(run.code, run.output).toBe(code);
      expect(run.output).toContain(expected);
    }
    expect(await db.emailOutbox.count()).toBe(before);
  }, 90_000);
});
