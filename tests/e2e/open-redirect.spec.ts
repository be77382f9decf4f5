// No redirect of the app leaves its origin, whatever callbackUrl a link carries: the sign-in
// page (signed in, it redirects at once), Auth.js's own endpoints (their redirect callback,
// and the callback-url cookie it keeps for after the emailed link), and every hop after.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { FOREIGN_CALLBACKS } from "../support/foreign-callbacks";
import { sessionCookieOf } from "./support/session";

/** The tricks that can be written in a URL (strings), each also behind a path that dot segments remove. */
const CALLBACKS = FOREIGN_CALLBACKS.filter((value): value is string => typeof value === "string").flatMap((value) =>
  value.startsWith("/") ? [value, `/orgs/acme/..${value}`] : [value],
);

/** Follows the redirects by hand (at most 6), returning each Location as sent. */
async function locations(request: APIRequestContext, path: string, cookie: string | null): Promise<string[]> {
  const seen: string[] = [];
  let url = path;
  for (let hop = 0; hop < 6; hop++) {
    const response = await request.get(url, { headers: cookie ? { cookie } : {}, maxRedirects: 0 });
    expect(response.status(), `${url}: never a server error`).toBeLessThan(500);
    const location = response.headers().location;
    if (!location || response.status() < 300 || response.status() >= 400) break;
    seen.push(location);
    const next = new URL(location, new URL(url, test.info().project.use.baseURL!));
    if (next.origin !== new URL(test.info().project.use.baseURL!).origin) break;
    url = `${next.pathname}${next.search}`;
  }
  return seen;
}

/** A Location that stays here: on our origin once resolved, and not protocol-relative even after the browser removes dot segments. */
function staysHere(location: string): boolean {
  const base = new URL(test.info().project.use.baseURL!);
  const resolved = new URL(location, base);
  return resolved.origin === base.origin && !/^[/\\]{2}/.test(location) && !resolved.pathname.startsWith("//");
}

test("signed in, /signin?callbackUrl=… redirects only within the site, whatever the trick", async ({ request }) => {
  const { cookie } = await sessionCookieOf("admin@acme.test");
  const report: string[] = [];
  for (const callbackUrl of CALLBACKS) {
    const chain = await locations(request, `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, cookie);
    expect(chain.length, `${JSON.stringify(callbackUrl)}: the signed-in sign-in page redirects`).toBeGreaterThan(0);
    report.push(`${JSON.stringify(callbackUrl)} → ${chain.join(" → ")}`);
    for (const location of chain)
      expect({ callbackUrl, location, staysHere: staysHere(location) }).toEqual({ callbackUrl, location, staysHere: true });
  }
  console.log(`signed-in /signin redirects:\n${report.join("\n")}`);
  // A path of the site is still where it leads.
  expect(await locations(request, `/signin?callbackUrl=${encodeURIComponent("/orgs/acme/contacts?q=a")}`, cookie)).toEqual([
    "/orgs/acme/contacts?q=a",
  ]);
});

test("signed out, the sign-in form carries only a path of the site", async ({ request }) => {
  for (const callbackUrl of CALLBACKS) {
    const response = await request.get(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    expect(response.status(), JSON.stringify(callbackUrl)).toBe(200);
    const field = /<input type="hidden" name="callbackUrl" value="([^"]*)"/.exec(await response.text())?.[1] ?? "";
    expect({ callbackUrl, field, staysHere: staysHere(field) }).toEqual({ callbackUrl, field, staysHere: true });
    // The tricks themselves lead home ("/orgs/acme/..//evil.com" is the harmless path "/orgs//evil.com").
    if (FOREIGN_CALLBACKS.includes(callbackUrl)) expect({ callbackUrl, field }).toEqual({ callbackUrl, field: "/" });
  }
});

test("Auth.js's endpoints keep a foreign callbackUrl neither in their redirect nor in their callback-url cookie", async ({ request }) => {
  for (const callbackUrl of CALLBACKS) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(response.status(), JSON.stringify(callbackUrl)).toBeLessThan(500);
    const location = response.headers().location ?? "";
    const forwarded = new URL(location, test.info().project.use.baseURL!).searchParams.get("callbackUrl");
    const cookie = /authjs\.callback-url=([^;]*)/.exec(response.headers()["set-cookie"] ?? "")?.[1];
    for (const target of [location, forwarded, cookie === undefined ? null : decodeURIComponent(cookie)]) {
      if (target !== null && target !== "")
        expect({ callbackUrl, target, staysHere: staysHere(target) }).toEqual({ callbackUrl, target, staysHere: true });
    }
  }
});
