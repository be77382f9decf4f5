// The session cookie lives as long as the session that use extends: proxy.ts renews it on
// a GET, at most once a day per browser, never where Auth.js sets or clears it itself.
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

function setCookies(path: string, cookie: string, method = "GET"): string[] {
  const response = proxy(new NextRequest(`http://localhost:3000${path}`, { method, headers: { cookie } }));
  return response.headers.getSetCookie();
}

describe("session cookie renewal", () => {
  it("a GET with the session cookie renews it for the full lifetime, with Auth.js's attributes, and marks the browser for a day", () => {
    const cookies = setCookies("/orgs/acme", "authjs.session-token=abc123");
    const session = cookies.find((value) => value.startsWith("authjs.session-token=abc123;"));
    expect(session).toBeDefined();
    expect(session).toMatch(/Max-Age=2592000/i);
    expect(session).toMatch(/Path=\//);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=lax/i);
    expect(session).not.toMatch(/Secure/i);
    expect(cookies.find((value) => value.startsWith("roster_session_renewed=1;"))).toMatch(/Max-Age=86400/i);
  });

  it("keeps the __Secure- cookie secure", () => {
    const session = setCookies("/", "__Secure-authjs.session-token=abc123").find((value) =>
      value.startsWith("__Secure-authjs.session-token=abc123;"),
    );
    expect(session).toMatch(/Secure/);
  });

  it("renews nothing within a day of the last renewal, without a session, on a POST, or on Auth.js's routes", () => {
    expect(setCookies("/orgs/acme", "authjs.session-token=abc123; roster_session_renewed=1")).toEqual([]);
    expect(setCookies("/orgs/acme", "roster_locale=fr")).toEqual([]);
    expect(setCookies("/orgs/acme/contacts", "authjs.session-token=abc123", "POST")).toEqual([]);
    expect(setCookies("/api/auth/session", "authjs.session-token=abc123")).toEqual([]);
    expect(setCookies("/api/auth/signout", "authjs.session-token=abc123")).toEqual([]);
  });
});
