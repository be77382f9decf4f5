// The dev capture server with the real transport: what the app sends is readable back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { db } from "@/lib/db/prisma";
import { renderEmail } from "@/lib/mail/render-email";
import { startCaptureSmtpServer, type CaptureSmtpServer } from "@/lib/mail/capture-server";
import { deliverDueEmails } from "@/lib/mail/dispatcher";
import { listCapturedEmails, readCapturedEmail } from "@/lib/mail/mailbox";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createMailTransport } from "@/lib/mail/transport";

let root: string;
let dir: string;
let server: CaptureSmtpServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "roster-mail-capture-"));
  dir = join(root, "mailbox"); // created by the server
  server = await startCaptureSmtpServer({ dir });
});

afterAll(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("mail capture", () => {
  it("captures what the dispatcher sends, and reads it back newest first", async () => {
    expect(server.url).toBe(`smtp://127.0.0.1:${server.port}`);
    const transport = createMailTransport(server.url);
    const url = "https://roster.example/api/auth/callback/email?token=t0k&email=zoe%40example.com";
    const content = await renderEmail(
      "sign-in",
      { email: "zoe@example.com", url, lifetimeMinutes: 60 },
      { locale: "fr", reasons: [{ rule: "SIGNING_IN" }] },
    );
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, { template: "sign-in", to: { email: "zoe@example.com", name: "Zoé" }, locale: "fr", content });
    });
    expect(await deliverDueEmails({ db, transport })).toEqual({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    await transport.sendMail({
      from: "Roster <no-reply@roster.localhost>",
      to: "second@example.com",
      subject: "Second",
      text: "plain only",
    });
    transport.close();

    expect(readdirSync(dir).filter((name) => name.endsWith(".eml"))).toHaveLength(2);
    const list = await listCapturedEmails(dir, { limit: 10 });
    expect(list.map((email) => email.subject)).toEqual(["Second", "Connexion à Roster"]);
    expect(list[1]).toMatchObject({ from: "Roster <no-reply@roster.localhost>", to: "Zoé <zoe@example.com>" });
    expect(list[1].date).toBeInstanceOf(Date);
    expect(await listCapturedEmails(dir, { limit: 1 })).toHaveLength(1);

    const email = await readCapturedEmail(dir, list[1].id);
    expect(email).toMatchObject({ id: list[1].id, subject: "Connexion à Roster", to: "Zoé <zoe@example.com>" });
    expect(email?.html).toContain('lang="fr"');
    expect(email?.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(email?.text).toContain(url);

    const plain = await readCapturedEmail(dir, list[0].id);
    expect(plain?.html).toBeNull();
    expect(plain?.text?.trim()).toBe("plain only");
  });

  it("refuses ids that could leave the directory, and unknown ids", async () => {
    writeFileSync(join(root, "secret.eml"), "Subject: secret\r\n\r\nsecret");
    for (const id of ["../secret", "..%2Fsecret", "/etc/passwd", "", "1234567890123-0123456789abcdef/../../secret"]) {
      expect(await readCapturedEmail(dir, id)).toBeNull();
    }
    expect(await readCapturedEmail(dir, "1234567890123-0123456789abcdef")).toBeNull();
    expect(await listCapturedEmails(join(root, "absent"), { limit: 5 })).toEqual([]);
  });
});
