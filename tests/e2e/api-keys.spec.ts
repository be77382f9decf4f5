import { expect, test } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";

// A key created in the browser, used over HTTP to add a user and a contact and to invite a contact, who then show on the pages.
test("create an API key, add a user and a contact over HTTP, see them on the pages, revoke the key", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const org = await createOwnOrganization("ApiKeys");
  await signInByEmail(page, org.people.admin.email);
  await page.goto(`/orgs/${org.slug}/settings`);
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Hosting panel");
  await page.getByLabel("Role", { exact: true }).selectOption("USER_ADMIN");
  await page.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy your new key" });
  await expect(dialog).toBeVisible();
  const key = (await dialog.getByRole("code").or(dialog.locator("code")).first().textContent())!.trim();
  expect(key).toMatch(/^rst_live_[0-9a-f]{16}_[\w-]{43}$/);
  await dialog.getByRole("button", { name: /^Copy/ }).click();
  await expect(dialog.getByText("Copied")).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  const table = page.getByRole("table", { name: `API keys of ${org.name}` });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Hosting panel" }) });
  await expect(row).toContainText(key.slice(0, 25));
  await expect(row).toContainText("User admin");
  await expect(page.getByText(key)).toHaveCount(0);

  const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`;
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const email = `api-${Date.now().toString(36)}@example.test`;
  const invited = await request.post(api("/users"), { headers, data: { email, role: "MEMBER", language: "en" } });
  expect(invited.status()).toBe(201);
  // A user admin key may not add an org admin, as a user admin may not on the page.
  const refused = await request.post(api("/users"), { headers, data: { email: `x-${email}`, role: "ORG_ADMIN", language: "en" } });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");

  await page.goto(`/orgs/${org.slug}/users?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("table").getByText(email).first()).toBeVisible();

  // Contacts are org admins' only: the user admin key is refused, an org admin key adds one.
  const contact = { name: "Api Contact", email: `api.contact@${org.domain}`, language: "en", roles: ["NEW_QUOTES"] };
  expect((await request.post(api("/contacts"), { headers, data: contact })).status()).toBe(403);

  await page.goto(`/orgs/${org.slug}/settings/api-keys`);
  await page.getByLabel("Name", { exact: true }).fill("CRM");
  await page.getByLabel("Role", { exact: true }).selectOption("ORG_ADMIN");
  await page.getByRole("button", { name: "Create key" }).click();
  const adminKey = (await page.getByRole("dialog", { name: "Copy your new key" }).locator("code").first().textContent())!.trim();
  await page.getByRole("button", { name: "Done" }).click();
  const adminHeaders = { ...headers, authorization: `Bearer ${adminKey}` };
  const added = await request.post(api("/contacts"), { headers: adminHeaders, data: contact });
  expect(added.status()).toBe(201);
  await page.goto(`/orgs/${org.slug}/contacts?q=api.contact`);
  await expect(page.getByRole("table").getByText(contact.email).first()).toBeVisible();
  // The contact as the list shows it, read back by its id.
  const { id: contactId } = await added.json();
  const read = await request.get(api(`/contacts/${contactId}`), { headers: adminHeaders });
  expect([read.status(), (await read.json()).email]).toEqual([200, contact.email]);

  // A contact invited by email over HTTP is pending on the contacts page; the key never sees its link.
  const invitee = `invitee-${Date.now().toString(36)}@example.test`;
  const invitation = await request.post(api("/invitations"), {
    headers: { ...adminHeaders, "idempotency-key": `invite-${invitee}` },
    data: { email: invitee, roles: ["NEW_QUOTES"], language: "en" },
  });
  expect(invitation.status()).toBe(201);
  const sent = await invitation.json();
  expect(sent).toMatchObject({ email: invitee, invitationId: expect.any(String) });
  expect(JSON.stringify(sent)).not.toMatch(/token|\/invite\//);
  await page.goto(`/orgs/${org.slug}/contacts`);
  await expect(page.getByText(invitee).first()).toBeVisible();

  // The audit log names the key.
  await page.goto(`/orgs/${org.slug}/settings/audit`);
  await expect(page.getByText(/API key “CRM” for/).first()).toBeVisible();

  // Bodies over 1 MB are refused before they reach the app, as a problem document too.
  const large = await request.post(api("/users"), { headers, data: JSON.stringify({ email, pad: "x".repeat(1_100_000) }) });
  expect([large.status(), large.headers()["content-type"]]).toEqual([413, "application/problem+json"]);

  // The OpenAPI document is served, and lists the users operations.
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/orgs/{slug}/users");

  // Revoked: the next call is refused.
  await page.goto(`/orgs/${org.slug}/settings/api-keys`);
  await page.getByRole("button", { name: "Revoke Hosting panel" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("rowheader", { name: "Hosting panel" })).toHaveCount(0);
  expect((await request.get(api("/users"), { headers })).status()).toBe(401);
});
