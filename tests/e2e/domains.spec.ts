import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { createOwnOrganization } from "./support/own-organization";

// Each test in an organization of its own (support/own-organization.ts), with its own verified
// domain: the domains added and removed here are in nobody else's list.

// The app under test reads TXT records from this file (ROSTER_FAKE_DNS_FILE in playwright.config.ts).
const fakeDnsFile = () => join(process.env.E2E_DATA_DIR!, "fake-dns.json");

function publishTxt(hostname: string, value: string): void {
  let zone: Record<string, string[]> = {};
  try {
    zone = JSON.parse(readFileSync(fakeDnsFile(), "utf8"));
  } catch {
    // first record of the run
  }
  zone[hostname] = [...(zone[hostname] ?? []), value];
  writeFileSync(fakeDnsFile(), JSON.stringify(zone, null, 2));
}

async function openDomainsFromSettings(page: Page, slug: string) {
  await page.goto(`/orgs/${slug}`);
  await page
    .getByRole("navigation", { name: /Organization|Organisation/ })
    .getByRole("link", { name: /Settings|Paramètres/ })
    .click();
  await page.getByRole("link", { name: /Verified domains|Domaines vérifiés/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/settings/domains$`));
}

test("add a domain, see its TXT record, verify it through DNS, remove it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const org = await createOwnOrganization("Domains");
  await signInByEmail(page, org.people.admin.email);
  await openDomainsFromSettings(page, org.slug);
  await expect(page.getByRole("heading", { name: "Verified domains", level: 1 })).toBeVisible();
  await expect(page.getByText(/can be added directly as contacts/)).toBeVisible();

  const table = page.getByRole("table", { name: `Domains of ${org.name}` });
  await expect(table.getByRole("columnheader")).toHaveText(["Domain", "Status", "TXT record", "Actions"]);
  const ownRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: org.domain, exact: true }) });
  await expect(ownRow.getByText("Verified", { exact: true })).toBeVisible();

  // Add: typed as a URL, stored normalised.
  const domain = `e2e-${Date.now().toString(36)}.example`;
  await page.getByLabel("Domain", { exact: true }).fill(`https://${domain.toUpperCase()}/about`);
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${domain} was added.` })).toBeVisible();
  await expect(page.getByLabel("Domain", { exact: true })).toHaveValue("");

  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: domain, exact: true }) });
  await expect(row.getByText("Pending", { exact: true })).toBeVisible();
  await expect(row.getByText("Not checked yet")).toBeVisible();
  const valueCode = row.locator("code").filter({ hasText: /^roster-verification=/ });
  const value = (await valueCode.innerText()).trim();
  expect(value).toMatch(/^roster-verification=[A-Za-z0-9_-]{32}$/);
  await expect(row.locator("code").filter({ hasText: new RegExp(`^${domain.replace(/\./g, "\\.")}$`) })).toBeVisible(); // host
  await expect(row.locator("code", { hasText: /^TXT$/ })).toBeVisible();

  // Copy puts the value on the clipboard and says so.
  await row.getByRole("button", { name: /^Copy/ }).click();
  await expect(row.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

  // Before the record is published: Failed, with the reason.
  await row.getByRole("button", { name: /^Verify/ }).click();
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();
  await expect(row.getByText("The domain does not exist in DNS.").first()).toBeVisible();

  // Published: Verified.
  publishTxt(domain, value);
  await row.getByRole("button", { name: /^Verify/ }).click();
  await expect(row.getByText("Verified", { exact: true })).toBeVisible();
  await expect(row.getByText(/^Verified on /)).toBeVisible();
  await expect(row.getByRole("button", { name: /^Verify/ })).toHaveCount(0);

  await withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT d.status, a.action FROM "VerifiedDomain" d JOIN "AuditEvent" a ON a."targetId" = d.id WHERE d.domain = $1 ORDER BY a."createdAt"`,
      [domain],
    );
    expect(rows.map((r) => r.action)).toEqual(["domain.added", "domain.verificationFailed", "domain.verified"]);
    expect(rows[0].status).toBe("VERIFIED");
  });

  // Remove, after a confirmation.
  await row.getByRole("button", { name: /^Remove/ }).click();
  const dialog = page.getByRole("dialog", { name: `Remove ${domain}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Remove domain" }).click();
  await expect(table.getByRole("rowheader", { name: domain, exact: true })).toHaveCount(0);
  await expect(ownRow).toBeVisible();
});

test("in French: the page and its add-domain errors", async ({ page }) => {
  const org = await createOwnOrganization("Domains fr");
  await signInByEmail(page, org.people.admin.email);
  await openDomainsFromSettings(page, org.slug);
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { name: "Domaines vérifiés", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The organization's name starts with "Acme": "de" elides.
  const table = page.getByRole("table", { name: `Domaines d’${org.name}` });
  await expect(table.getByRole("columnheader")).toHaveText(["Domaine", "Statut", "Enregistrement TXT", "Actions"]);
  await expect(table.getByRole("row").filter({ hasText: org.domain }).getByText("Vérifié", { exact: true })).toBeVisible();

  const field = page.getByLabel("Domaine", { exact: true });
  const add = page.getByRole("button", { name: "Ajouter le domaine" });

  await field.fill("gmail.com");
  await add.click();
  await expect(
    page.getByText(
      "gmail.com est un fournisseur de messagerie gratuit\u202F: seul un domaine appartenant à votre organisation peut être vérifié.",
    ),
  ).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/fournisseur de messagerie gratuit/);
  await expect(field).toHaveValue("gmail.com");

  await field.fill("pas un domaine");
  await add.click();
  await expect(page.getByText("Saisissez un nom de domaine tel que exemple.fr.")).toBeVisible();

  await field.fill(org.domain.toUpperCase());
  await add.click();
  await expect(page.getByText("Ce domaine figure déjà dans votre liste.")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Verified domains", level: 1 })).toBeVisible();
});
