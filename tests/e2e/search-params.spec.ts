// Every page of the walk's list (tests/e2e/walk/pages.ts) and every route that reads URL
// parameters, opened with each parameter the app reads doubled and with junk values:
// repeated or malformed parameters are bad input (ignored by pages, 400 from routes), never
// a server error. Signed in as the demo organization's admin; visitors' pages signed out.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PAGES, WORDS, type WalkContext } from "./walk/pages";
import { prepareWalk } from "./walk/prepare";
import { sessionCookieOf } from "./support/session";

/**
 * Every name a page or route reads (`grep -rn searchParams app lib`), each with two values a
 * link could carry, so that a doubled parameter has both a plausible first and second copy.
 */
const PARAMETERS: Record<string, [string, string]> = {
  q: ["a", "person"],
  role: ["ORG_ADMIN", "PRIMARY_BILLING"],
  status: ["ACTIVE", "PAID"],
  sort: ["name", "-lastActive"],
  page: ["2", "3"],
  size: ["50", "100"],
  after: ["abc", "def"],
  before: ["abc", "def"],
  last: ["1", "1"],
  edit: ["abc", "def"],
  highlight: ["abc", "def"],
  placed: ["1", "1"],
  requested: ["1", "1"],
  channel: ["ONLINE", "PARTNER"],
  callbackUrl: ["/orgs/acme", "/.//evil.com"],
  error: ["Verification", "Configuration"],
  token: ["abc", "def"],
  email: ["admin@acme.test", "x@evil.example"],
  k: ["order_placed", "invoice_overdue"],
  l: ["en", "fr"],
  r: ["ORDER_BILLING:2026-0042", "UNPAID_INVOICES"],
};

/**
 * Values no link of the app makes: empty, NUL, control and bidi characters, long (the whole
 * URL still within Node's 16 KB of headers), non-numeric, malformed escapes.
 */
const JUNK = ["", "%00", "%0A", "%E2%80%AE", "-1", "NaN", "1e400", "9".repeat(400), "a".repeat(500), "%ZZ", "[]", "{}", "%5B%5D=1"];

const doubled = Object.entries(PARAMETERS)
  .map(([name, [first, second]]) => `${name}=${encodeURIComponent(first)}&${name}=${encodeURIComponent(second)}`)
  .join("&");
const junkQuery = (value: string) =>
  Object.keys(PARAMETERS)
    .map((name) => `${name}=${value}`)
    .join("&");
/** Names that are properties of every object, doubled. */
const PROTOTYPE_NAMES = "__proto__=1&__proto__=2&constructor=x&constructor=y&toString=z&hasOwnProperty=w";

function withQuery(path: string, query: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}${query}`;
}

async function statusOf(request: APIRequestContext, url: string, cookie: string | null): Promise<number> {
  const response = await request.get(url, { headers: cookie ? { cookie } : {}, maxRedirects: 0 });
  return response.status();
}

test("every page and route answers doubled and junk URL parameters without a server error", async ({ request: admin, playwright }) => {
  test.setTimeout(10 * 60_000);
  const data = await prepareWalk("en", "1280x800", "-params");
  const { cookie } = await sessionCookieOf("admin@acme.test");
  // Visitors' pages from a client that never holds the admin's cookie (responses renew it).
  const visitor = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  // The walk's paths read only what it prepared, never the page itself.
  const context = {
    lang: "en",
    viewport: "1280x800",
    org: "acme",
    memberOrg: data.memberOrg,
    invitationPath: data.invitationPath,
    workspaceId: data.workspaceId,
    userInvitationPath: data.userInvitationPath,
    freshEmail: data.freshEmail,
    billing: data.billing,
    w: WORDS.en,
  } as Omit<WalkContext, "page"> as WalkContext;
  const targets = [
    ...PAGES.map((step) => ({ name: step.name, path: step.path(context), cookie: step.as === "admin" ? cookie : null })),
    // The routes that read parameters, and Auth.js's, which read theirs.
    { name: "contacts-export", path: "/orgs/acme/contacts/export", cookie },
    { name: "notifications-preview", path: "/orgs/acme/settings/notifications/preview?event=order_placed&language=en", cookie },
    { name: "auth-signin", path: "/api/auth/signin", cookie: null },
    { name: "auth-callback", path: "/api/auth/callback/nodemailer", cookie: null },
    { name: "auth-session", path: "/api/auth/session", cookie },
  ];
  const failures: string[] = [];
  const report: string[] = [];
  for (const target of targets) {
    const urls = [
      withQuery(target.path, doubled),
      withQuery(target.path, PROTOTYPE_NAMES),
      ...JUNK.map((value) => withQuery(target.path, junkQuery(value))),
    ];
    const statuses: number[] = [];
    for (const url of urls) {
      const status = await statusOf(target.cookie ? admin : visitor, url, target.cookie);
      statuses.push(status);
      if (status >= 500) failures.push(`${status} ${target.name}: ${url.slice(0, 300)}`);
    }
    report.push(`${target.name.padEnd(32)} ${[...new Set(statuses)].join(",")}`);
  }
  console.log(`statuses with doubled and junk parameters:\n${report.join("\n")}`);
  await visitor.dispose();
  expect(failures).toEqual([]);
});

test("a repeated parameter is ignored by pages and refused by a route that needs it", async ({ request }) => {
  const { cookie } = await sessionCookieOf("admin@acme.test");
  // Pages: as if absent (the sign-in page then leads home; a list shows its default).
  const signIn = await request.get("/signin?callbackUrl=/orgs/acme&callbackUrl=/orgs/acme/users", { headers: { cookie }, maxRedirects: 0 });
  expect([signIn.status(), signIn.headers().location]).toEqual([307, "/"]);
  const contacts = await request.get("/orgs/acme/contacts?q=zzzz-nobody&q=zzzz-nobody-either", { headers: { cookie } });
  expect(contacts.status()).toBe(200);
  // The search field is empty: neither copy was searched.
  expect(/<input[^>]*name="q"[^>]*>/.exec(await contacts.text())?.[0]).not.toContain("zzzz-nobody");
  // Routes: a required parameter given twice is missing (400); an optional one is dropped.
  const preview = await request.get("/orgs/acme/settings/notifications/preview?event=order_placed&event=invoice_overdue&language=en", {
    headers: { cookie },
  });
  expect(preview.status()).toBe(400);
  const exported = await request.get("/orgs/acme/contacts/export?q=%00&q=a", { headers: { cookie } });
  expect(exported.status()).toBe(200);
});
