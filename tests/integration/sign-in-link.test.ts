import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { sendSignInLink, signInEmailsPerWindow } from "@/lib/auth/send-sign-in-link";
import { resetPurgeClock } from "@/lib/rate-limit/rate-limit";
import { limitRules } from "@/lib/rate-limit/rules";
import { createUser, uid } from "../support/factories";
import { renderedOutboxEmail } from "../support/notification-fixtures";

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

const link = (email: string, clientIp: string | null = null) =>
  sendSignInLink({ email, url: "http://localhost:3000/x", requestLocale: "en", clientIp });
const hitsOf = (key: string) => db.rateLimitHit.count({ where: { key } });

describe("sign-in link email", () => {
  it("is queued in the outbox in the person's saved language, else the request's", async () => {
    const known = await createUser({ locale: "fr" });
    await sendSignInLink({ email: known.email, url: "http://localhost:3000/api/auth/callback/nodemailer?token=t", requestLocale: "en" });
    expect(await db.emailOutbox.findFirstOrThrow({ where: { toEmail: known.email } })).toMatchObject({
      template: "sign-in",
      locale: "fr",
      subject: "Connexion à Roster",
      organizationId: null,
    });
    const stranger = `new-${uid()}@example.test`;
    await sendSignInLink({ email: stranger, url: "http://localhost:3000/x", requestLocale: "fr" });
    expect((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: stranger } })).locale).toBe("fr");
  });

  it(`sends at most ${signInEmailsPerWindow()} per address in 15 minutes, even when asked concurrently`, async () => {
    const email = `flood-${uid()}@example.test`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => sendSignInLink({ email, url: "http://localhost:3000/x", requestLocale: "en" })),
    );
    expect(results.filter((r) => r.queued)).toHaveLength(signInEmailsPerWindow());
    expect(await db.emailOutbox.count({ where: { toEmail: email } })).toBe(signInEmailsPerWindow());
    const other = `other-${uid()}@example.test`;
    expect(await sendSignInLink({ email: other, url: "http://localhost:3000/x", requestLocale: "en" })).toEqual({ queued: true });
  });
});

describe("sign-in link origin", () => {
  it("opens the confirmation page on APP_URL, whatever host the request claimed", async () => {
    const email = `origin-${uid()}@example.test`;
    await sendSignInLink({
      email,
      url: "http://evil.example/api/auth/callback/nodemailer?callbackUrl=%2F&token=abc&email=x",
      requestLocale: "en",
    });
    const row = await renderedOutboxEmail((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: email } })).id);
    expect(row.text).toContain(`${process.env.APP_URL}/signin/confirm?callbackUrl=%2F&token=abc&email=x`);
    expect(row.text).not.toContain("evil.example");
    expect(row.html).not.toContain("evil.example");
  });
});

describe("sign-in link limits", () => {
  it("counts a mailbox once however its address is written (+tags, gmail dots), and refuses silently", async () => {
    const id = uid();
    const variants = [
      `ada.${id}@gmail.com`,
      `Ada.${id}+1@gmail.com`,
      `ada${id}+news@googlemail.com`,
      `a.d.a.${id}+x@gmail.com`,
      `ada${id}@gmail.com`,
      `ada.${id}+last@gmail.com`,
    ];
    const results = [];
    for (const email of variants) results.push(await link(email));
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ queued: true }));
    // Past the limit: not sent, and nothing the page could tell apart from a sent link.
    expect(results[5]).toEqual({ queued: false });
    expect(await db.emailOutbox.count({ where: { toEmail: { in: variants.map((v) => v.toLowerCase()) } } })).toBe(5);
    expect(await hitsOf(`sign-in:address:ada${id}@gmail.com`)).toBe(5);
  });

  it("only hits within the window count", async () => {
    const email = `window-${uid()}@example.test`;
    const key = limitRules.signInAddress(email).key;
    const old = new Date(Date.now() - 16 * 60_000);
    await db.rateLimitHit.createMany({
      data: Array.from({ length: 10 }, () => ({ key, createdAt: old, expiresAt: new Date(old.getTime() + 15 * 60_000) })),
    });
    expect(await link(email)).toEqual({ queued: true });
  });

  it("refuses a client past SIGN_IN_REQUESTS_PER_IP_PER_HOUR with the wait, even when asked concurrently; other clients pass", async () => {
    process.env.SIGN_IN_REQUESTS_PER_IP_PER_HOUR = "3";
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    await db.rateLimitHit.deleteMany({ where: { key: limitRules.signInIp(ip).key } });
    const emails = Array.from({ length: 8 }, (_, i) => `client-${i}-${uid()}@example.test`);
    const results = await Promise.all(emails.map((email) => link(email, ip)));
    expect(results.filter((r) => r.queued)).toHaveLength(3);
    expect(results.filter((r) => !r.queued)).toEqual(
      Array(5).fill({ queued: false, refused: { reason: "client", retryAfterMinutes: 60 } }),
    );
    expect(await db.emailOutbox.count({ where: { toEmail: { in: emails } } })).toBe(3);
    // A refused request counts nothing.
    expect(await hitsOf(limitRules.signInIp(ip).key)).toBe(3);
    expect(await link(`other-client-${uid()}@example.test`, "198.51.100.7")).toEqual({ queued: true });
    expect(await link(`no-ip-${uid()}@example.test`, null)).toEqual({ queued: true });
  });

  it("counts an IPv6 client by its /64 network", async () => {
    process.env.SIGN_IN_REQUESTS_PER_IP_PER_HOUR = "2";
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`;
    expect(await link(`v6a-${uid()}@example.test`, `${prefix}::1`)).toEqual({ queued: true });
    expect(await link(`v6b-${uid()}@example.test`, `${prefix}:ffff::2`)).toEqual({ queued: true });
    expect(await link(`v6c-${uid()}@example.test`, `${prefix}:1234:5678:9abc:def0`)).toMatchObject({
      queued: false,
      refused: { reason: "client" },
    });
  });

  it("a client's requests count even when its address was over the limit; past the client limit nothing counts", async () => {
    process.env.SIGN_IN_REQUESTS_PER_IP_PER_HOUR = "2";
    process.env.SIGN_IN_EMAILS_PER_15_MIN = "1";
    const ip = "192.0.2.77";
    const email = `hammered-${uid()}@example.test`;
    expect(await link(email, ip)).toEqual({ queued: true });
    expect(await link(email, ip)).toEqual({ queued: false });
    expect(await link(email, ip)).toMatchObject({ queued: false, refused: { reason: "client" } });
    expect(await hitsOf(limitRules.signInIp(ip).key)).toBe(2);
  });

  it("refuses addresses the app does not know past NEWCOMER_EMAILS_PER_HOUR, with the wait (email-budgets.test.ts: known people are not)", async () => {
    const budget = limitRules.outgoingEmails("newcomers");
    const sentSoFar = await hitsOf(budget.key);
    process.env.NEWCOMER_EMAILS_PER_HOUR = String(sentSoFar + 2);
    expect(await link(`overall-1-${uid()}@example.test`)).toEqual({ queued: true });
    expect(await link(`overall-2-${uid()}@example.test`, "198.51.100.8")).toEqual({ queued: true });
    const refused = await link(`overall-3-${uid()}@example.test`);
    expect(refused).toMatchObject({ queued: false, refused: { reason: "overall" } });
    expect(!refused.queued && refused.refused!.retryAfterMinutes).toBeGreaterThanOrEqual(59);
    expect(await hitsOf(budget.key)).toBe(sentSoFar + 2);
  });

  it("purges expired sign-in tokens and rate-limit hits when a link is requested", async () => {
    const id = uid();
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3_600_000);
    await db.verificationToken.createMany({
      data: [
        { identifier: `old-${id}@example.test`, token: `old-${id}`, expires: past },
        { identifier: `live-${id}@example.test`, token: `live-${id}`, expires: future },
      ],
    });
    await db.rateLimitHit.createMany({
      data: [
        { key: `expired-${id}`, createdAt: past, expiresAt: past },
        { key: `live-${id}`, expiresAt: future },
      ],
    });
    resetPurgeClock();
    await link(`purge-${id}@example.test`);
    expect(await db.verificationToken.findMany({ where: { token: { in: [`old-${id}`, `live-${id}`] } }, select: { token: true } })).toEqual(
      [{ token: `live-${id}` }],
    );
    expect(await db.rateLimitHit.findMany({ where: { key: { in: [`expired-${id}`, `live-${id}`] } }, select: { key: true } })).toEqual([
      { key: `live-${id}` },
    ]);
  });
});
