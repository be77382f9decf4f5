// Sessions seen from outside: what Auth.js's session endpoint tells a script of the page
// (who is signed in and until when, never the session's secret token, the HttpOnly
// cookie's value, nor its row's ids), and how use keeps a session alive (its row extended
// after the response at most once a day, its cookie renewed for the full lifetime).
import { randomUUID } from "node:crypto";
import { tokenHash } from "@/lib/crypto/token-hash";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { withAppDatabase } from "./support/database";
import { sessionCookieOf } from "./support/session";

test("/api/auth/session answers the person's name, email, image and the expiry, and nothing else", async ({ request, playwright }) => {
  const { cookie, token } = await sessionCookieOf("admin@acme.test");
  const response = await request.get("/api/auth/session", { headers: { cookie } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  console.log(`GET /api/auth/session → ${response.status()} ${text}`);
  expect(text).not.toContain(token);
  const body = JSON.parse(text) as { user?: Record<string, unknown>; expires?: unknown } & Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(body.user ?? {}).sort()).toEqual(["email", "image", "name"]);
  expect(body.user).toMatchObject({ email: "admin@acme.test" });
  expect(new Date(String(body.expires)).getTime()).toBeGreaterThan(Date.now());

  // Signed out (a client that never had the cookie): an empty session, as before.
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect(await (await visitor.get("/api/auth/session")).json()).toBeNull();
  await visitor.dispose();
});

type Counted = { view: number; after: number; statements: { phase: "view" | "after"; sql: string }[] };

/** A page view, with the statements the server counted for it (ROSTER_SQL_COUNT=on). */
async function view(request: APIRequestContext, path: string, cookie: string) {
  const requestId = `session-${randomUUID()}`;
  const response = await request.get(path, { headers: { cookie, "x-roster-request-id": requestId }, maxRedirects: 0 });
  await response.body();
  const counted = await request.get(`/api/test/sql-count/${requestId}`);
  expect(counted.status(), "the server counts statements").toBe(200);
  return {
    status: response.status(),
    setCookie: response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value),
    sql: (await counted.json()) as Counted,
  };
}

const expiresOf = (token: string) =>
  withAppDatabase(
    async (client) =>
      (
        await client.query(
          `SELECT extract(epoch FROM expires - (now() AT TIME ZONE 'UTC'))::int AS "secondsLeft" FROM "Session" WHERE "sessionToken" = $1`,
          [tokenHash(token)],
        )
      ).rows[0].secondsLeft as number,
  );

const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|MERGE|BEGIN|COMMIT)\b/i.test(sql);

test("using a session near its expiry extends it once, after the response, and renews its cookie; the next views only read", async ({
  request,
}) => {
  const { cookie, token } = await sessionCookieOf("admin@acme.test");
  await withAppDatabase((client) =>
    client.query(`UPDATE "Session" SET expires = (now() AT TIME ZONE 'UTC') + interval '2 hours' WHERE "sessionToken" = $1`, [
      tokenHash(token),
    ]),
  );

  const first = await view(request, "/orgs/acme", cookie);
  console.log(
    `GET /orgs/acme (session 2 hours from its expiry) → ${first.status}; Set-Cookie: ${JSON.stringify(first.setCookie)}; after the response: ${JSON.stringify(first.sql.statements.filter((s) => s.phase === "after").map((s) => s.sql.replace(/\s+/g, " ").slice(0, 80)))}`,
  );
  expect(first.status).toBe(200);
  expect(first.sql.statements.filter((s) => s.phase === "view" && isWrite(s.sql))).toEqual([]);
  expect(first.sql.statements.filter((s) => s.phase === "after" && /^\s*UPDATE "Session"/.test(s.sql))).toHaveLength(1);
  expect(await expiresOf(token)).toBeGreaterThan(29 * 24 * 3600);
  // The browser keeps the cookie a full lifetime from now, and is told not to ask again for a day.
  const renewed = first.setCookie.find((value) => value.startsWith(`authjs.session-token=${token};`));
  expect(renewed, "the session cookie is renewed").toBeTruthy();
  expect(renewed).toMatch(/Max-Age=2592000/i);
  expect(renewed).toMatch(/HttpOnly/i);
  expect(renewed).toMatch(/SameSite=lax/i);
  const marker = first.setCookie.find((value) => value.startsWith("roster_session_renewed="));
  expect(marker).toMatch(/Max-Age=86400/i);

  // The next views, as the browser sends them (with the marker): no write, no cookie.
  const browserCookie = `${cookie}; ${marker!.split(";")[0]}`;
  for (const path of ["/orgs/acme", "/orgs/acme/contacts", "/"]) {
    const again = await view(request, path, browserCookie);
    expect({
      path,
      writes: again.sql.statements.filter((s) => isWrite(s.sql)).map((s) => s.sql),
      setCookie: again.setCookie.filter((v) => /session/.test(v)),
    }).toEqual({ path, writes: [], setCookie: [] });
  }
});
