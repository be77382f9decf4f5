// What the operator's log lines may say: route patterns without slugs, ids, tokens or
// queries; recipients as their domain; errors without addresses; JSON lines with LOG_FORMAT=json.
import { describe, expect, it } from "vitest";
import { emailDomain, organizationSlugOf, redactedError, routePattern } from "@/lib/log/redact";
import { createLogger } from "@/lib/log/logger";
import { isLoggedRequest, logRequests } from "@/lib/http/request-log";
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";

describe("routePattern", () => {
  it.each([
    ["/orgs/acme/contacts?q=laura%40acme.test&page=2", "/orgs/[slug]/contacts"],
    ["/orgs/acme", "/orgs/[slug]"],
    ["/orgs/acme/billing/invoices/ck12345/pdf", "/orgs/[slug]/billing/invoices/[id]/pdf"],
    ["/orgs/acme/billing/orders/new", "/orgs/[slug]/billing/orders/new"],
    ["/orgs/acme/billing/quotes/q1", "/orgs/[slug]/billing/quotes/[id]"],
    ["/orgs/acme/workspaces/w1", "/orgs/[slug]/workspaces/[workspaceId]"],
    ["/invite/secret-token-value", "/invite/[token]"],
    ["/api/auth/callback/nodemailer?token=secret&email=a%40b.test", "/api/auth/callback/nodemailer"],
    ["/signin/confirm?token=secret", "/signin/confirm"],
    ["/", "/"],
  ])("%s → %s", (url, pattern) => {
    expect(routePattern(url)).toBe(pattern);
  });

  it("never keeps a query string nor an invitation token", () => {
    for (const url of ["/invite/abc?x=1", "/a?token=secret", "/orgs/x/users#secret"])
      expect(routePattern(url)).not.toMatch(/secret|abc|\?|#/);
  });
});

describe("organizationSlugOf, emailDomain, redactedError", () => {
  it("reads the slug, the domain, and reduces addresses in errors to their domain", () => {
    expect(organizationSlugOf("/orgs/acme/users?page=2")).toBe("acme");
    expect(organizationSlugOf("/signin")).toBeUndefined();
    expect(emailDomain("Laura.Smith@Acme.TEST")).toBe("acme.test");
    expect(redactedError(new Error("550 5.1.1 <laura.smith@acme.test>: Recipient address rejected\nmore"))).toBe(
      "550 5.1.1 <…@acme.test>: Recipient address rejected",
    );
  });
});

describe("logger", () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, out: { write: (line: string) => lines.push(line) } };
  };

  it("writes JSON lines with LOG_FORMAT=json (naming the app process when there are several), readable lines otherwise", () => {
    const json = capture();
    createLogger({ format: "json", level: "info" }, json.out).warn({ to: "acme.test", attempt: 2 }, "email attempt failed");
    expect(JSON.parse(json.lines[0])).toMatchObject({ level: 40, msg: "email attempt failed", to: "acme.test", attempt: 2 });
    const worker = capture();
    createLogger({ format: "json", level: "info", worker: 2 }, worker.out).info({ status: 200 }, "request");
    expect(JSON.parse(worker.lines[0])).toMatchObject({ worker: 2, msg: "request" });
    expect(JSON.parse(json.lines[0])).not.toHaveProperty("worker");
    const text = capture();
    createLogger({ format: "text", level: "info" }, text.out).info({ method: "GET", route: "/orgs/[slug]", status: 200 }, "request");
    expect(text.lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO request method=GET route=\/orgs\/\[slug\] status=200\n$/);
  });

  it("logs one line per request with method, route pattern, status, ms and slug, and none for the probes", () => {
    const logged: Record<string, unknown>[] = [];
    const handler = logRequests((_request, response) => response.end(), { info: (fields) => logged.push(fields) });
    const send = (url: string) => {
      const response = Object.assign(new EventEmitter(), { statusCode: 302, writableFinished: false }) as unknown as ServerResponse;
      (response as unknown as { end: () => void }).end = () => {
        Object.assign(response, { writableFinished: true });
        response.emit("close");
      };
      handler({ url, method: "POST" } as IncomingMessage, response);
    };
    send("/orgs/acme/users?q=someone%40x.test");
    send("/api/ready");
    send("/api/health");
    send("/_next/static/chunks/a.js");
    expect(logged).toEqual([{ method: "POST", route: "/orgs/[slug]/users", status: 302, ms: expect.any(Number), org: "acme" }]);
    expect(isLoggedRequest("/api/readyz")).toBe(true);
  });
});
