// Every server action of the build, called over HTTP as an attacker would: with arguments of
// every wrong shape (objects where FormData is expected, arrays, numbers, null, missing and
// extra arguments, NUL bytes), signed out and as an org admin. None may answer 500 or an
// unexpected error, and the organization's data must be as it was.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { createOrgWithEveryRole, type OrgWithEveryRole } from "./support/org-with-every-role";
import { withAppDatabase } from "./support/database";
import { tokenHash } from "@/lib/crypto/token-hash";

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** Every server action of the build, from Next's own manifest: id, file and exported name. */
function serverActions(): { id: string; name: string; page: string }[] {
  const dist = process.env.NEXT_DIST_DIR || ".next-e2e";
  const manifest = JSON.parse(readFileSync(join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    // A page that answers at its own URL (shared actions are also listed under the not-found page).
    const page = Object.keys(entry.workers).find((worker) => !worker.includes("_not-found")) ?? "app/page";
    return { id, page, name: `${entry.filename ?? page}#${entry.exportedName ?? "?"}` };
  });
}

/** A URL of the page whose bundle holds the action ("app/orgs/[slug]/users/page" → /orgs/<slug>/users). */
function pageUrl(page: string, org: OrgWithEveryRole): string {
  const values: Record<string, string> = {
    slug: org.slug,
    workspaceId: org.workspaceId,
    orderId: org.orderId,
    invoiceId: org.invoiceId,
    quoteId: org.quoteId,
  };
  const path = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\[(\w+)\]/g, (_, name: string) => values[name] ?? "x");
  return path || "/";
}

// Shapes no action's schema accepts as a whole (each action's own schema decides which fields it needs).
const NUL = "\u0000";
const SHAPES: unknown[] = [
  {},
  { id: ["a", "b"], name: 1, email: { nested: true }, extra: "field" },
  [],
  [1, "two", null],
  42,
  null,
  true,
  NUL,
  {
    id: NUL,
    name: NUL,
    email: `a${NUL}@example.test`,
    workspaceId: NUL,
    contactId: NUL,
    membershipId: NUL,
    invitationId: NUL,
    q: NUL,
    role: NUL,
  },
];

/** Argument lists for an action of one to three arguments, the slug (when given) first. */
function argumentLists(slug: string): unknown[][] {
  const lists: unknown[][] = [[], [slug], [slug, null, {}, "extra", 7]];
  for (const shape of SHAPES) lists.push([shape], [slug, shape], [slug, null, shape], [slug, shape, shape]);
  return lists;
}

// Signing out ends the admin's session for the rest of the run: those two are called signed out only.
const SIGNS_OUT = /#signOut/;
/**
 * Actions that read no input at all (an empty schema): no argument list is malformed for them,
 * so an org admin's call does its work. They are still called and must never answer 500.
 */
const TAKES_NO_INPUT = /#requestDataExportFormAction$/;

/** The organization's rows in every table, as one fingerprint per table (last-active stamps aside). */
async function fingerprint(org: OrgWithEveryRole): Promise<Record<string, string>> {
  return withAppDatabase(async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organizationId' ORDER BY table_name`,
    );
    const prints: Record<string, string> = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query<{ print: string | null }>(
        `SELECT md5(string_agg(r, ',' ORDER BY r)) AS print
           FROM (SELECT (to_jsonb(t) - 'lastActiveAt' - 'updatedAt')::text AS r FROM "${table}" t WHERE "organizationId" = $1) rows`,
        [org.organizationId],
      );
      prints[table] = rows[0].print ?? "";
    }
    const { rows: organizations } = await client.query<{ print: string }>(
      `SELECT md5(string_agg(to_jsonb(o)::text, ',' ORDER BY o.id)) AS print FROM "Organization" o
        WHERE o.id = $1 OR o.id IN (SELECT "organizationId" FROM "Membership" m JOIN "Session" s ON s."userId" = m."userId" WHERE s."sessionToken" = $2)`,
      [org.organizationId, tokenHash(org.cookies.ORG_ADMIN.split("=")[1])],
    );
    prints.Organization = organizations[0].print;
    return prints;
  });
}

test("no server action answers 500 or changes data on malformed arguments, signed out or as an org admin", async ({ request, baseURL }) => {
  test.setTimeout(600_000);
  const org = await createOrgWithEveryRole({ contacts: 3 });
  const actions = serverActions();
  expect(actions.length, "the build's actions are listed").toBeGreaterThan(30);
  let before = await fingerprint(org);

  const failures: string[] = [];
  const changed: string[] = [];
  const answered = new Set<string>();
  let calls = 0;
  for (const caller of ["signed out", "org admin"] as const) {
    for (const action of actions) {
      if (caller === "org admin" && SIGNS_OUT.test(action.name)) continue;
      const lists = argumentLists(org.slug);
      // A few at a time: the server answers each within milliseconds.
      for (let start = 0; start < lists.length; start += 6) {
        await Promise.all(
          lists.slice(start, start + 6).map(async (args) => {
            calls++;
            const response = await request.post(`${baseURL}${pageUrl(action.page, org)}`, {
              headers: {
                "Next-Action": action.id,
                "Content-Type": "text/plain;charset=UTF-8",
                Accept: "text/x-component",
                ...(caller === "org admin" ? { Cookie: org.cookies.ORG_ADMIN } : {}),
              },
              data: JSON.stringify(args),
              maxRedirects: 0,
            });
            const body = await response.text();
            if (response.status() === 200 && response.headers()["content-type"]?.startsWith("text/x-component")) answered.add(action.name);
            if (response.status() >= 500 || body.includes('"code":"INTERNAL"')) {
              failures.push(`${caller} ${action.name}(${JSON.stringify(args)}) → ${response.status()} ${body.slice(0, 160)}`);
            }
          }),
        );
      }
      // The organization's data after each action's calls: any change is that action's.
      const after = await fingerprint(org);
      const tables = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (tables.length && !(caller === "org admin" && TAKES_NO_INPUT.test(action.name)))
        changed.push(`${caller} ${action.name} changed ${tables.join(", ")}`);
      before = after;
    }
  }
  console.log(`${calls} calls of ${actions.length} actions`);
  expect(failures, failures.slice(0, 20).join("\n")).toEqual([]);
  // Each action was reached and answered (a refusal is an answer): none was skipped as unknown.
  expect(actions.map((action) => action.name).filter((name) => !answered.has(name))).toEqual([]);
  expect(changed).toEqual([]);
});

test("an action given a plain object instead of FormData does its work once and says so", async ({ request, baseURL }) => {
  const org = await createOrgWithEveryRole({ contacts: 1 });
  const rename = serverActions().find((action) => action.name.endsWith("#renameWorkspaceAction"))!;
  const name = `Renamed ${Date.now().toString(36)}`;
  const response = await request.post(`${baseURL}${pageUrl(rename.page, org)}`, {
    headers: {
      "Next-Action": rename.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Cookie: org.cookies.ORG_ADMIN,
    },
    data: JSON.stringify([org.slug, null, { workspaceId: org.workspaceId, name }]),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"ok":true');
  const renamed = await withAppDatabase((client) =>
    client.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "organizationId" = $1 AND action = 'workspace.renamed'`, [
      org.organizationId,
    ]),
  );
  expect(renamed.rows[0].n).toBe(1);
  const workspace = await withAppDatabase((client) => client.query(`SELECT name FROM "Workspace" WHERE id = $1`, [org.workspaceId]));
  expect(workspace.rows[0].name).toBe(name);
});
