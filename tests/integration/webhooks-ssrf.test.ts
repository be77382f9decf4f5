// Webhook requests and SSRF: outside development no private, loopback, link-local or other
// non-public address is reached, whichever address a name resolves to (every one is checked,
// through the injectable resolver), the connection goes to the checked address, redirects are
// not followed, and a receiver that does not answer is cut after the timeout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { isAllowedWebhookUrl, isPublicAddress } from "@/lib/webhooks/address-policy";
import { sendWebhook, type Resolver } from "@/lib/webhooks/send";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { actorOf, createOrgWithRoles } from "../support/factories";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

const refuse = { allowPrivate: false };
const allow = { allowPrivate: true };
const resolving =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }) as const);

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  receiver.setSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
});
afterAll(() => receiver.close());

describe("webhook addresses", () => {
  it("tells public addresses from the others", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
      expect([address, isPublicAddress(address)]).toEqual([address, true]);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "224.0.0.1",
      "not an address",
    ])
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
  });

  it("allows https anywhere, and http only to this machine where private addresses are allowed", () => {
    expect(isAllowedWebhookUrl("https://hooks.example.com/x", refuse)).toBe(true);
    expect(isAllowedWebhookUrl("http://hooks.example.com/x", refuse)).toBe(false);
    expect(isAllowedWebhookUrl("http://localhost:8080/x", refuse)).toBe(false);
    expect(isAllowedWebhookUrl("http://localhost:8080/x", allow)).toBe(true);
    expect(isAllowedWebhookUrl("http://127.0.0.1:8080/x", allow)).toBe(true);
    expect(isAllowedWebhookUrl("http://hooks.example.com/x", allow)).toBe(false);
    expect(isAllowedWebhookUrl("https://user:pw@hooks.example.com/x", allow)).toBe(false);
    expect(isAllowedWebhookUrl("ftp://hooks.example.com/x", allow)).toBe(false);
  });

  it("refuses, without connecting, a name resolving to any non-public address", async () => {
    const before = receiver.received.length + receiver.badSignatures;
    for (const addresses of [["127.0.0.1"], ["10.0.0.5"], ["169.254.169.254"], ["::1"], ["93.184.216.34", "127.0.0.1"]]) {
      const result = await sendWebhook(`https://hooks.example.test:${receiver.port}/hook`, {}, "{}", {
        resolver: resolving(...addresses),
        policy: refuse,
      });
      expect(result).toMatchObject({ ok: false, status: null });
      expect(result.ok ? "" : result.error).toMatch(/non-public address/);
    }
    // An IP literal is checked as well.
    const literal = await sendWebhook(`https://127.0.0.1:${receiver.port}/hook`, {}, "{}", { policy: refuse });
    expect(literal.ok).toBe(false);
    expect(receiver.received.length + receiver.badSignatures).toBe(before);
  });

  it("connects to the address it checked, with the URL's host name", async () => {
    const result = await sendWebhook(`http://localhost:${receiver.port}/hook`, {}, "{}", {
      resolver: resolving("127.0.0.1"),
      policy: allow,
    });
    // The receiver refuses the unsigned body (400), which proves the request reached it.
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  it("does not follow redirects, and cuts a receiver that does not answer", async () => {
    receiver.answer = { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } };
    const redirected = await sendWebhook(receiver.url, {}, "{}", { policy: allow });
    expect(redirected).toMatchObject({ ok: false, status: 302, error: "redirect not followed" });
    receiver.answer = undefined;
    receiver.hang = true;
    const started = Date.now();
    const timedOut = await sendWebhook(receiver.url, {}, "{}", { policy: allow, timeoutMs: 300 });
    expect(timedOut.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    receiver.hang = false;
  });

  it("refuses an http endpoint in production (the default policy there)", async () => {
    const org = await createOrgWithRoles("Ssrf");
    const previous = process.env.WEBHOOKS_PRIVATE_NETWORKS;
    process.env.WEBHOOKS_PRIVATE_NETWORKS = "refuse";
    try {
      const result = await createWebhookEndpoint.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
        url: receiver.url,
        events: ["contact.added"],
      });
      expect(result).toMatchObject({ ok: false, fieldErrors: { url: [expect.stringContaining("https")] } });
      expect(await db.webhookEndpoint.count({ where: { organizationId: org.organization.id } })).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.WEBHOOKS_PRIVATE_NETWORKS;
      else process.env.WEBHOOKS_PRIVATE_NETWORKS = previous;
    }
  });
});
