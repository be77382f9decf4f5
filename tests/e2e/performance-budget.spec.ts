// The performance budget of organization pages, on the production build:
// at most 4 SQL statements per page view, whatever the page, its size and who looks; no
// write on a read (last active is written after the response, at most once per 5 minutes, and
// a session in use is extended after the response, at most once a day: lib/auth/session-lifetime.ts).
// The list pages' weight has its own budget (page-weight.spec.ts). Statements are counted by the server itself
// (ROSTER_SQL_COUNT=on, lib/db/sql-count.ts) for requests carrying x-roster-request-id.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { withAppDatabase } from "./support/database";
import { createOrgWithEveryRole, PEOPLE, type OrgWithEveryRole, type Person } from "./support/org-with-every-role";

const BUDGET = 4;
const ORG_PAGES = join(process.cwd(), "app", "orgs", "[slug]");

type Counted = { view: number; after: number; statements: { phase: "view" | "after"; sql: string; ms: number | null }[] };

let org: OrgWithEveryRole;
/** The contacts pager's links (page 2 by key, the last page), read from page 1. */
let contactsLinks: { next: string; last: string };
/** A previewed users import with a row of each kind (its page lists them). */
const importId = `budget-import-${randomUUID()}`;

/** The route of every organization page in the app, e.g. "/orgs/[slug]/settings/emails". */
function organizationRoutes(dir = ORG_PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return organizationRoutes(path);
    if (!/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) return [];
    const segments = relative(join(process.cwd(), "app"), dir)
      .split(sep)
      .filter((segment) => !/^\(.*\)$/.test(segment));
    return [`/${segments.join("/")}`];
  });
}

/** What to open for each organization page: a new page fails the test below until it has its visits here. */
function visitsOf(route: string): string[] | null {
  const base = `/orgs/${org.slug}`;
  const visits: Record<string, string[]> = {
    "/orgs/[slug]": [base],
    "/orgs/[slug]/contacts": [
      `${base}/contacts`,
      `${base}/contacts?size=100`,
      `${base}/contacts?q=${encodeURIComponent("person 01")}`,
      `${base}/contacts?q=person&status=ACTIVE&role=PRIMARY_BILLING`,
      `${base}/contacts?status=DISABLED&size=50`,
      contactsLinks.next,
      contactsLinks.last,
      `${base}/contacts?page=3`,
    ],
    "/orgs/[slug]/settings": [`${base}/settings`],
    "/orgs/[slug]/settings/plan": [`${base}/settings/plan`],
    "/orgs/[slug]/settings/subscription": [`${base}/settings/subscription`],
    "/orgs/[slug]/settings/domains": [`${base}/settings/domains`],
    "/orgs/[slug]/settings/emails": [`${base}/settings/emails`, `${base}/settings/emails?status=FAILED`],
    "/orgs/[slug]/settings/audit": [
      `${base}/settings/audit`,
      `${base}/settings/audit?action=contact.updated`,
      `${base}/settings/audit?person=system&target=Contact&from=2026-01-01&to=2026-12-31`,
    ],
    "/orgs/[slug]/settings/export": [`${base}/settings/export`],
    "/orgs/[slug]/users/import": [`${base}/users/import`],
    "/orgs/[slug]/users/import/[importId]": [`${base}/users/import/${importId}`, `${base}/users/import/${importId}?kind=ERROR`],
    "/orgs/[slug]/settings/api-keys": [`${base}/settings/api-keys`],
    "/orgs/[slug]/settings/webhooks": [`${base}/settings/webhooks`, `${base}/settings/webhooks?endpoint=none`],
    "/orgs/[slug]/users": [`${base}/users`, `${base}/users?q=person&size=100`, `${base}/users?status=PENDING&sort=-lastActive`],
    "/orgs/[slug]/users/reports": [`${base}/users/reports`, `${base}/users/reports?users=zzzz&access=zzzz`],
    "/orgs/[slug]/users/access/[userId]": [
      `${base}/users/access/${org.userIds.MEMBER}`,
      `${base}/users/access/${org.userIds.ORDER_LICENSEE}`,
    ],
    "/orgs/[slug]/workspaces": [`${base}/workspaces`, `${base}/workspaces?q=a`],
    "/orgs/[slug]/workspaces/[workspaceId]": [`${base}/workspaces/${org.workspaceId}`, `${base}/workspaces/${org.workspaceId}?page=2`],
    "/orgs/[slug]/billing": [`${base}/billing`],
    "/orgs/[slug]/billing/orders": [`${base}/billing/orders`, `${base}/billing/orders?channel=ONLINE`],
    "/orgs/[slug]/billing/orders/new": [`${base}/billing/orders/new`],
    "/orgs/[slug]/billing/orders/[orderId]": [`${base}/billing/orders/${org.orderId}`],
    "/orgs/[slug]/billing/invoices": [`${base}/billing/invoices`, `${base}/billing/invoices?status=OPEN`],
    "/orgs/[slug]/billing/invoices/[invoiceId]": [`${base}/billing/invoices/${org.invoiceId}`],
    "/orgs/[slug]/billing/quotes": [`${base}/billing/quotes`],
    "/orgs/[slug]/billing/quotes/new": [`${base}/billing/quotes/new`],
    "/orgs/[slug]/billing/quotes/[quoteId]": [`${base}/billing/quotes/${org.quoteId}`],
    "/orgs/[slug]/billing/licenses": [`${base}/billing/licenses`],
    "/orgs/[slug]/settings/notifications": [`${base}/settings/notifications`],
  };
  return visits[route] ?? null;
}

async function view(request: APIRequestContext, path: string, person: Person): Promise<{ status: number; body: string; sql: Counted }> {
  const requestId = `budget-${randomUUID()}`;
  const response = await request.get(path, { headers: { cookie: org.cookies[person], "x-roster-request-id": requestId }, maxRedirects: 0 });
  const body = await response.text();
  const counted = await request.get(`/api/test/sql-count/${requestId}`);
  expect(counted.status(), "the server counts statements (ROSTER_SQL_COUNT=on)").toBe(200);
  return { status: response.status(), body, sql: (await counted.json()) as Counted };
}

/** Text such as "billing.invoices.print": next-intl's stand-in for a missing message. */
const MESSAGE_KEY_AS_TEXT =
  />[^<]*\b(?:auth|billing|common|contacts|domains|errors|invitations|nav|notifications|orgs|overview|pagination|settings|ui|users|workspaces)\.[a-zA-Z]+\.[a-zA-Z.]+[^<]*</;
const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|MERGE|BEGIN|COMMIT)\b/i.test(sql);
const isLastActiveTouch = (sql: string) => /^\s*UPDATE "Membership" SET "lastActiveAt"/.test(sql);
/** The fixture's sessions expire in a day, so each person's first view extends theirs. */
const isSessionExtension = (sql: string) => /^\s*UPDATE "Session" SET expires/.test(sql);
/** The href of the first link whose opening tag and text (its markup, such as an icon, left out) `matches`, unescaped. */
function linkIn(html: string, matches: (tag: string, text: string) => boolean): string | null {
  for (const [, tag, inner] of html.matchAll(/(<a\s[^>]*>)(.*?)<\/a>/gs)) {
    const text = inner.replace(/<[^>]*>/g, "");
    if (matches(tag, text)) return tag.match(/href="([^"]+)"/)?.[1].replaceAll("&amp;", "&") ?? null;
  }
  return null;
}

async function setLastActive(membershipId: string, value: "NULL" | "now() - interval '6 minutes'" | "now()") {
  await withAppDatabase((client) =>
    client.query(`UPDATE "Membership" SET "lastActiveAt" = ${value === "NULL" ? "NULL" : `(${value}) AT TIME ZONE 'UTC'`} WHERE id = $1`, [
      membershipId,
    ]),
  );
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  org = await createOrgWithEveryRole({ contacts: 130, users: 130, workspaces: 130, workspaceContacts: 130 });
  const requestId = randomUUID();
  const first = await request.get(`/orgs/${org.slug}/contacts`, {
    headers: { cookie: org.cookies.ORG_ADMIN, "x-roster-request-id": requestId },
  });
  const html = await first.text();
  const next = linkIn(html, (tag) => tag.includes(`rel="next"`));
  // The pager offers the last page by its number (components/ui/pagination.tsx).
  const last = linkIn(html, (tag) => tag.includes('aria-label="Page 6"'));
  expect(next, "page 1 links page 2 by key").toMatch(/page=2&after=/);
  expect(last, "page 1 links the last page").toMatch(/page=6/);
  contactsLinks = { next: next!, last: last! };
  await withAppDatabase(async (client) => {
    await client.query(
      `INSERT INTO "UserImport" (id, "organizationId", "fileName", status, "addCount", "updateCount", "unchangedCount", "errorCount", "previewedAt")
       VALUES ($1, $2, 'people.csv', 'READY', 1, 1, 1, 1, now())`,
      [importId, org.organizationId],
    );
    await client.query(
      `INSERT INTO "UserImportRow" ("importId", line, kind, email, name, role, workspaces, language, "roleAfter", "workspacesAfter", "reasonKey")
       VALUES ($1, 2, 'ADD', 'new@example.com', 'New', 'MEMBER', '', 'en', 'MEMBER', '{}', NULL),
              ($1, 3, 'UPDATE', 'person@example.com', 'Person', 'USER_ADMIN', '', 'en', 'USER_ADMIN', '{}', NULL),
              ($1, 4, 'UNCHANGED', 'same@example.com', 'Same', 'MEMBER', '', 'en', 'MEMBER', '{}', NULL),
              ($1, 5, 'ERROR', 'not an email', 'Bad', 'MEMBER', '', 'en', NULL, '{}', 'users.import.reasons.badEmail')`,
      [importId],
    );
  });
});

test("every organization page of the app has its visits in this budget", () => {
  const routes = organizationRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(8);
  expect(
    routes.filter((route) => !visitsOf(route)),
    "pages without visits: add them to visitsOf()",
  ).toEqual([]);
});

test("last active is written once, after the response; the next views within 5 minutes send no write at all", async ({ request }) => {
  const membership = org.memberships.MEMBER!;
  const page = `/orgs/${org.slug}`;
  await setLastActive(membership, "NULL");
  const first = await view(request, page, "MEMBER");
  expect(first.status).toBe(200);
  expect(first.sql.statements.filter((s) => s.phase === "view" && isWrite(s.sql))).toEqual([]);
  expect(
    first.sql.statements.filter((s) => s.phase === "after" && !isSessionExtension(s.sql)).map((s) => isLastActiveTouch(s.sql)),
  ).toEqual([true]);
  const written = await withAppDatabase((client) => client.query(`SELECT "lastActiveAt" FROM "Membership" WHERE id = $1`, [membership]));
  expect(written.rows[0].lastActiveAt).not.toBeNull();

  for (const path of [page, `/orgs/${org.slug}/workspaces`, page]) {
    const again = await view(request, path, "MEMBER");
    expect({ path, after: again.sql.after, writes: again.sql.statements.filter((s) => isWrite(s.sql)) }).toEqual({
      path,
      after: 0,
      writes: [],
    });
  }

  await setLastActive(membership, "now() - interval '6 minutes'");
  const stale = await view(request, page, "MEMBER");
  expect(
    stale.sql.statements.filter((s) => s.phase === "after" && !isSessionExtension(s.sql)).map((s) => isLastActiveTouch(s.sql)),
  ).toEqual([true]);
});

test(`every organization page, as every person, in at most ${BUDGET} statements, none of them a write`, async ({ request }) => {
  test.setTimeout(600_000);
  const paths = organizationRoutes().flatMap((route) => visitsOf(route) ?? []);
  const report: string[] = [];
  for (const person of PEOPLE) {
    let touches = 0;
    let extensions = 0;
    for (const path of paths) {
      const { status, sql, body } = await view(request, path, person);
      const where = `${person} ${path}`;
      // A word missing from what the page sends its client components shows as its key.
      expect.soft(body.match(MESSAGE_KEY_AS_TEXT)?.[0] ?? null, `${where}: a message key shown as text`).toBeNull();
      expect
        .soft(
          sql.view,
          `${where}: statements\n${sql.statements.map((s) => `  ${s.phase} ${s.sql.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}`,
        )
        .toBeLessThanOrEqual(BUDGET);
      expect
        .soft(
          sql.statements.filter((s) => s.phase === "view" && isWrite(s.sql)).map((s) => s.sql),
          `${where}: writes while rendering`,
        )
        .toEqual([]);
      expect
        .soft(
          sql.statements.filter((s) => s.phase === "after" && !isLastActiveTouch(s.sql) && !isSessionExtension(s.sql)).map((s) => s.sql),
          `${where}: writes after the response`,
        )
        .toEqual([]);
      touches += sql.statements.filter((s) => isLastActiveTouch(s.sql)).length;
      extensions += sql.statements.filter((s) => isSessionExtension(s.sql)).length;
      if (person === "ORG_ADMIN") expect.soft(status, `${where}: the admin sees every page`).toBe(200);
      report.push(
        `${person.padEnd(24)} ${String(status).padEnd(4)} ${String(sql.view).padStart(2)} + ${sql.after} after  ${path.replace(`/orgs/${org.slug}`, "/orgs/<org>")}`,
      );
    }
    expect.soft(touches, `${person}: last active written at most once in these minutes`).toBeLessThanOrEqual(1);
    expect.soft(extensions, `${person}: the session extended at most once a day`).toBeLessThanOrEqual(1);
  }
  console.log(`SQL statements per view (limit ${BUDGET}):\n${report.join("\n")}`);
});
