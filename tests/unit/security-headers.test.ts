import { afterEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmailPreviewPath, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { isLoopbackAddress, isLoopbackHostHeader } from "@/lib/http/loopback";
import { mailboxDirFor } from "@/lib/mail/mailbox";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("Content-Security-Policy", () => {
  const base = { nonce: "abc123==", development: false, https: false, inlineStyles: false };

  it("in production: scripts only with the nonce (and what they load), no eval, no framing, no plugins", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy["style-src"]).toBe("'self' 'nonce-abc123=='");
    expect(policy).toMatchObject({
      "default-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'self'",
      "form-action": "'self'",
      "frame-ancestors": "'none'",
    });
    expect(policy["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("allows eval and inline styles in development only (React refresh, the error overlay)", () => {
    const policy = directives(contentSecurityPolicy({ ...base, development: true }));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123==' 'strict-dynamic' 'unsafe-eval'");
    expect(policy["style-src"]).toBe("'self' 'unsafe-inline'");
  });

  it("lets the dev mailbox's sandboxed email preview keep its inline styles, never its scripts", () => {
    const policy = directives(contentSecurityPolicy({ ...base, inlineStyles: true }));
    expect(policy["style-src"]).toBe("'self' 'unsafe-inline'");
    expect(policy["script-src"]).not.toContain("unsafe");
  });

  it("admits the API reference's own inline styles by their hash beside the nonce, never any inline style", () => {
    const policy = directives(contentSecurityPolicy({ ...base, styleHashes: ["'sha256-abc='"] }));
    expect(policy["style-src"]).toMatch(/^'self' 'nonce-[^']+' 'sha256-abc='$/);
    expect(policy["script-src"]).not.toContain("unsafe");
  });

  it("lets the notifications page frame its email previews: same site only, sandboxed, inline styles, still no script", () => {
    const policy = directives(contentSecurityPolicy({ ...base, emailPreview: true }));
    expect(policy).toMatchObject({ "frame-ancestors": "'self'", sandbox: "", "style-src": "'self' 'unsafe-inline'" });
    expect(policy["script-src"]).not.toContain("unsafe");
    expect(securityHeaders({ https: false, emailPreview: true })["X-Frame-Options"]).toBe("SAMEORIGIN");
    expect(isEmailPreviewPath("/orgs/acme/settings/notifications/preview")).toBe(true);
    for (const path of [
      "/orgs/acme/settings/notifications",
      "/orgs/acme/settings/notifications/preview/x",
      "/orgs/a/b/settings/notifications/preview",
    ])
      expect(isEmailPreviewPath(path)).toBe(false);
  });

  it("upgrades insecure requests over HTTPS", () => {
    expect(contentSecurityPolicy({ ...base, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });

  it("uses a fresh random nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("other security headers", () => {
  it("deny framing and sniffing, trim referrers, and add HSTS over HTTPS only", () => {
    expect(securityHeaders({ https: false })).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=63072000");
  });
});

describe("loopback names", () => {
  it.each(["localhost", "LOCALHOST:3500", "127.0.0.1", "127.0.0.1:3000", "[::1]", "[::1]:3500"])("Host %s is this machine", (host) => {
    expect(isLoopbackHostHeader(host)).toBe(true);
  });
  it.each([
    "rebind.evil.test:3500",
    "localhost.evil.test",
    "127.0.0.1.nip.io",
    "127.0.0.2",
    "0.0.0.0:3000",
    "[::]:3000",
    "10.0.0.5",
    "",
    "localhost:3000:1",
    "[::1",
  ])("Host %j is not", (host) => {
    expect(isLoopbackHostHeader(host)).toBe(false);
  });
  it("listening on 127.0.0.1, ::1 or localhost stays on this machine; anything else (or all interfaces) does not", () => {
    for (const host of ["127.0.0.1", "::1", "localhost", "[::1]"]) expect(isLoopbackAddress(host)).toBe(true);
    for (const host of [undefined, "0.0.0.0", "::", "192.168.1.10", "example.com"]) expect(isLoopbackAddress(host)).toBe(false);
  });
});

describe("the dev mailbox", () => {
  it("opens only when npm start said so (mail captured, loopback only) and the Host is a loopback name", () => {
    process.env.MAIL_CAPTURE_DIR = "/tmp/mailbox";
    process.env.ROSTER_MAILBOX = "on";
    expect(mailboxDirFor("localhost:3000")).toBe("/tmp/mailbox");
    expect(mailboxDirFor("rebind.evil.test:3000")).toBeNull();
    expect(mailboxDirFor(null)).toBeNull();
    process.env.ROSTER_MAILBOX = "off";
    expect(mailboxDirFor("localhost:3000")).toBeNull();
    process.env.ROSTER_MAILBOX = "";
    expect(mailboxDirFor("localhost:3000")).toBeNull();
    process.env.ROSTER_MAILBOX = "on";
    process.env.MAIL_CAPTURE_DIR = "";
    expect(mailboxDirFor("localhost:3000")).toBeNull();
  });
});
