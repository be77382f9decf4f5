import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { sendSignInLink, signInEmailsPerWindow } from "@/lib/auth/send-sign-in-link";
import { createUser, uid } from "../support/factories";
import { renderedOutboxEmail } from "../support/notification-fixtures";

describe("sign-in link email", () => {
  it("is queued in the outbox in the person's saved language, else the request's", async () => {
    const known = await createUser({ locale: "fr" });
    await sendSignInLink({ email: known.email, url: "http://localhost:3000/api/auth/callback/nodemailer?token=t", requestLocale: "en" });
    expect(await db.emailOutbox.findFirstOrThrow({ where: { toEmail: known.email } })).toMatchObject({ template: "sign-in", locale: "fr", subject: "Connexion à Roster", organizationId: null });
    const stranger = `new-${uid()}@example.test`;
    await sendSignInLink({ email: stranger, url: "http://localhost:3000/x", requestLocale: "fr" });
    expect((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: stranger } })).locale).toBe("fr");
  });

  it(`sends at most ${signInEmailsPerWindow()} per address in 15 minutes, even when asked concurrently`, async () => {
    const email = `flood-${uid()}@example.test`;
    const results = await Promise.all(Array.from({ length: 8 }, () => sendSignInLink({ email, url: "http://localhost:3000/x", requestLocale: "en" })));
    expect(results.filter((r) => r.queued)).toHaveLength(signInEmailsPerWindow());
    expect(await db.emailOutbox.count({ where: { toEmail: email } })).toBe(signInEmailsPerWindow());
    const other = `other-${uid()}@example.test`;
    expect(await sendSignInLink({ email: other, url: "http://localhost:3000/x", requestLocale: "en" })).toEqual({ queued: true });
  });
});

describe("sign-in link origin", () => {
  it("opens the confirmation page on APP_URL, whatever host the request claimed", async () => {
    const email = `origin-${uid()}@example.test`;
    await sendSignInLink({ email, url: "http://evil.example/api/auth/callback/nodemailer?callbackUrl=%2F&token=abc&email=x", requestLocale: "en" });
    const row = await renderedOutboxEmail((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: email } })).id);
    expect(row.text).toContain(`${process.env.APP_URL}/signin/confirm?callbackUrl=%2F&token=abc&email=x`);
    expect(row.text).not.toContain("evil.example");
    expect(row.html).not.toContain("evil.example");
  });
});
