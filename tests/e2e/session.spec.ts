// What Auth.js's session endpoint tells a script of the page: who is signed in and until
// when, never the session's secret token (the HttpOnly cookie's value) nor its row's ids.
import { expect, test } from "@playwright/test";
import { sessionCookieOf } from "./support/session";

test("/api/auth/session answers the person's name, email, image and the expiry, and nothing else", async ({ request }) => {
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

  // Signed out: an empty session, as before.
  const anonymous = await request.get("/api/auth/session");
  expect(await anonymous.json()).toBeNull();
});
