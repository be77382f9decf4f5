// Login CSRF, seen at proxy.ts: only the confirmation page's own submit (a GET from this
// origin) reaches the emailed sign-in callback; any other request for it is sent to
// /signin/confirm, which names the account before anyone signs in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const saved = { ...process.env };
beforeEach(() => {
  process.env.APP_URL = "http://localhost:3000";
});
afterEach(() => {
  process.env = { ...saved };
});

const QUERY = "?token=attacker-token&email=attacker%40evil.example";
const CALLBACK = `/api/auth/callback/nodemailer${QUERY}`;

function outcome(path: string, init: { method?: string; headers?: Record<string, string> } = {}): string {
  const response = proxy(new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.headers }));
  if (response.headers.get("x-middleware-next") === "1") return "passed";
  return `${response.status} ${response.headers.get("location")}`;
}

const TO_CONFIRM = `303 http://localhost:3000/signin/confirm${QUERY}`;

describe("the emailed sign-in callback (login CSRF)", () => {
  it("is reached by the confirmation page's submit: a GET from this origin", () => {
    expect(outcome(CALLBACK, { headers: { "sec-fetch-site": "same-origin" } })).toBe("passed");
    expect(outcome(CALLBACK, { headers: { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" } })).toBe("passed");
  });

  it("sends a POST to the confirmation page, whatever its headers (the hostile auto-submitted form)", () => {
    const attempts: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": "same-site", origin: "https://sub.localhost:3000" },
      { "sec-fetch-site": "none" },
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" },
      {},
    ];
    for (const headers of attempts) {
      expect({ headers, result: outcome(CALLBACK, { method: "POST", headers }) }).toEqual({ headers, result: TO_CONFIRM });
    }
  });

  it("sends a GET from anywhere else to the confirmation page: another site, a mail client, the address bar", () => {
    const attempts: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "none" },
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      // Browsers that send Origin but no Sec-Fetch-Site.
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "http://localhost:3000.evil.example" },
      { "sec-fetch-site": "same-origin", origin: "https://evil.example" },
    ];
    for (const headers of attempts) {
      expect({ headers, result: outcome(CALLBACK, { headers }) }).toEqual({ headers, result: TO_CONFIRM });
    }
  });

  it("refuses every other method too", () => {
    for (const method of ["HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      expect({ method, result: outcome(CALLBACK, { method, headers: { "sec-fetch-site": "same-origin" } }) }).toEqual({
        method,
        result: TO_CONFIRM,
      });
    }
  });

  it("guards the callback however its path is spelled (Auth.js drops empty segments)", () => {
    for (const path of [
      "/api/auth/callback/nodemailer/",
      "/api/auth//callback/nodemailer",
      "/api/auth/callback//nodemailer",
      "/api/auth/%63allback/nodemailer",
      "/api/auth/callback/nodem%61iler",
    ]) {
      expect({ path, result: outcome(`${path}${QUERY}`, { method: "POST", headers: { "sec-fetch-site": "cross-site" } }) }).toEqual({
        path,
        result: TO_CONFIRM,
      });
    }
  });

  it("lets other Auth.js requests through (the sign-in form posts to them from this site)", () => {
    expect(outcome("/api/auth/session")).toBe("passed");
    expect(
      outcome("/api/auth/signin/nodemailer", {
        method: "POST",
        headers: { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" },
      }),
    ).toBe("passed");
  });
});
