import { expect, newPage, test } from "./support/fixtures";
import { signInByEmail, uniqueEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { mailboxSnapshot, readLatestEmail } from "./support/mailbox";

test("sign in by emailed link, create an organization, switch to French", async ({ page }) => {
  const email = uniqueEmail("founder");
  await signInByEmail(page, email);

  await expect(page.getByRole("heading", { name: "Your organizations" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  const name = `Founders ${Date.now().toString(36)}`;
  await page.getByLabel("Organization name").fill(name);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/orgs\/founders-[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Organization" });
  for (const label of ["Overview", "Contacts", "Users", "Workspaces", "Billing", "Settings"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }

  await page.getByRole("button", { name: "Français" }).click();
  const navFr = page.getByRole("navigation", { name: "Organisation" });
  await expect(navFr.getByRole("link", { name: "Vue d’ensemble" })).toBeVisible();
  await expect(navFr.getByRole("link", { name: "Utilisateurs" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");

  // Remembered on the account: a reload and another page stay in French.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Vos organisations" })).toBeVisible();

  const slug = page.url().split("/").pop();
  await withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT a.action, u.email, u."lastSignInAt", u.locale FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorUserId" JOIN "Organization" o ON o.id = a."organizationId" WHERE o.name = $1`,
      [name],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "organization.created", email, locale: "fr" });
    expect(rows[0].lastSignInAt).toBeTruthy();
    void slug;
  });

  // Signing out returns to the sign-in page; the organization is then out of reach.
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { name: "Se connecter à Roster" })).toBeVisible();
});

test("a signed-out visitor of an organization page is sent to sign in, and a stranger gets a 404", async ({ page }) => {
  const response = await page.goto("/orgs/acme/contacts");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  await signInByEmail(page, uniqueEmail("stranger"));
  const denied = await page.goto("/orgs/acme");
  expect(denied?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the demo admin reaches the demo organization; a member is refused the contacts page with a 403", async ({ page, browser }) => {
  await signInByEmail(page, "admin@acme.test");
  await page.getByRole("link", { name: /Acme Corporation/ }).click();
  await expect(page).toHaveURL(/\/orgs\/acme$/);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/\/orgs\/acme\/contacts$/);

  const member = await newPage(browser);
  const memberContext = member.context();
  await signInByEmail(member, "hannah.schmidt@acme.test");
  const nav = member.getByRole("navigation", { name: "Organization" });
  await member.goto("/orgs/acme");
  await expect(nav.getByRole("link", { name: "Workspaces" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Contacts" })).toHaveCount(0);
  const refused = await member.goto("/orgs/acme/contacts");
  expect(refused?.status()).toBe(403);
  await expect(member.getByRole("heading", { name: "Access denied" })).toBeVisible();
  await memberContext.close();
});

test("opening the emailed link (as a mail scanner would) does not use it up; pressing Sign in does", async ({ page, request }) => {
  const email = uniqueEmail("scanned");
  const seen = await mailboxSnapshot(page, email);
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const { links } = await readLatestEmail(page, email, undefined, seen);
  const link = links.find((href) => href.includes("/signin/confirm?"))!;
  for (let i = 0; i < 2; i++) expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByText(`You are about to sign in as ${email}.`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your organizations" })).toBeVisible();
});
