// No page renders stale data: whatever the app caches of a page (the
// layout's shell, navigation, words of a language), a response carries only the person and
// the organization it is for. Two people of two organizations, one reading English and one
// French, ask the suite's one server for the same pages in turn, as HTML and as the RSC
// payload a client navigation fetches, and each answer is compared with the other's. Then
// one person's access changes and their very next request shows it. The changes are written
// straight into the database, as another app instance would make them: a cache that only
// this process's own actions invalidate would be caught serving the old access.
import { routes } from "@/lib/routes";
import { expect, test } from "./support/fixtures";
import { withAppDatabase } from "./support/database";
import { createOrgWithEveryRole, type OrgWithEveryRole, type Person } from "./support/org-with-every-role";

type Visitor = { org: OrgWithEveryRole; orgName: string; name: string; email: string; cookie: string; lang: "en" | "fr" };

/** Gives `person` of `org` a name of their own and a language, and returns what their pages must show. */
async function visitor(org: OrgWithEveryRole, person: Person, name: string, lang: "en" | "fr"): Promise<Visitor> {
  return withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `UPDATE "User" u SET name = $2, locale = $3::"Locale" FROM "Membership" m WHERE m.id = $1 AND u.id = m."userId"
       RETURNING u.email, (SELECT name FROM "Organization" WHERE id = m."organizationId") AS "orgName"`,
      [org.memberships[person], name, lang],
    );
    return { org, orgName: rows[0].orgName, name, email: rows[0].email, cookie: org.cookies[person], lang };
  });
}

/** What a page for `visitor` must never show: the other one's organization and person. */
const foreign = (other: Visitor) => [other.orgName, other.org.slug, other.name, other.email];

test("two people of two organizations in turn: every page, HTML and RSC, shows its own person, organization and language only", async ({
  playwright,
  baseURL,
}) => {
  const [one, two] = await Promise.all([createOrgWithEveryRole({ contacts: 3 }), createOrgWithEveryRole({ contacts: 3 })]);
  const people = [await visitor(one, "ORG_ADMIN", "Alice Stale-Check", "en"), await visitor(two, "ORG_ADMIN", "Bruno Stale-Check", "fr")];
  const pages = (slug: string) => [
    routes.organization(slug),
    routes.contacts(slug),
    routes.users(slug),
    routes.workspaces(slug),
    routes.billing(slug),
    routes.settings(slug),
  ];
  // A client of each their own, as two browsers: nothing of one's cookies reaches the other.
  const clients = await Promise.all(
    people.map((person) => playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: person.cookie } })),
  );
  // Twice round, each page by one then the other: the second visit of each finds whatever
  // the first of the other person left in a cache.
  for (let round = 0; round < 2; round++) {
    for (let index = 0; index < pages("x").length; index++) {
      for (const [self, other] of [people, [...people].reverse()]) {
        const client = clients[people.indexOf(self)];
        const path = pages(self.org.slug)[index];
        for (const rsc of [false, true]) {
          // An RSC request is redirected once to its URL with the _rsc cache-busting parameter (Next's own check).
          const response = await client.get(path, { headers: rsc ? { rsc: "1" } : {}, maxRedirects: rsc ? 1 : 0 });
          const what = `${path}${rsc ? " (RSC)" : ""} for ${self.name}`;
          expect(response.status(), `${what}: ${response.headers().location}`).toBe(200);
          expect(new URL(response.url()).pathname).toBe(path);
          expect(response.headers()["content-type"], what).toContain(rsc ? "text/x-component" : "text/html");
          const body = await response.text();
          expect(body, what).toContain(self.orgName);
          expect(body, what).toContain(self.name);
          if (!rsc) expect(body, what).toMatch(new RegExp(`<html[^>]* lang="${self.lang}"`));
          for (const text of foreign(other)) expect(body, `${what} shows ${text}`).not.toContain(text);
        }
      }
    }
  }
  await Promise.all(clients.map((client) => client.dispose()));
});

test("a person whose role is lowered, then who is removed, sees it at their next request", async ({ playwright, baseURL }) => {
  const org = await createOrgWithEveryRole({ contacts: 3 });
  const request = await playwright.request.newContext({ baseURL });
  const headers = { cookie: org.cookies.USER_ADMIN };
  const usersLink = `href="${routes.users(org.slug)}"`;
  const overview = () => request.get(routes.organization(org.slug), { headers, maxRedirects: 0 });
  const users = () => request.get(routes.users(org.slug), { headers, maxRedirects: 0 });
  // Served once as a user admin: the users list and its link in the navigation.
  expect((await users()).status()).toBe(200);
  expect(await (await overview()).text()).toContain(usersLink);

  await withAppDatabase((client) => client.query(`UPDATE "Membership" SET role = 'MEMBER' WHERE id = $1`, [org.memberships.USER_ADMIN]));
  expect((await users()).status()).toBe(403);
  const asMember = await overview();
  expect(asMember.status()).toBe(200);
  expect(await asMember.text()).not.toContain(usersLink);

  await withAppDatabase((client) => client.query(`DELETE FROM "Membership" WHERE id = $1`, [org.memberships.USER_ADMIN]));
  const removed = await overview();
  expect(removed.status()).not.toBe(200);
  expect(await removed.text()).not.toContain(`Every Role ${org.slug.replace("every-role-", "")}`);
  await request.dispose();
});
