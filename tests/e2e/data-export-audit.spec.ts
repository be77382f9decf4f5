// Settings → Export all data and Settings → Audit log, in English and in French, each in an
// organization of its own (support/own-organization.ts): an org admin asks for an export,
// watches it get ready, downloads the ZIP; the audit log then shows those steps, by whom, and
// filters to them.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/fixtures";
import { signInByEmail } from "./support/auth";
import { createOwnOrganization } from "./support/own-organization";

const WORDS = {
  en: {
    settings: "Settings",
    exportLink: "Export all data",
    exportTitle: "Export all data",
    started: "The export has started",
    download: /^Download/,
    ready: "Ready",
    auditLink: "Audit log",
    auditTitle: "Audit log",
    caption: (org: string) => `Audit events of ${org}, newest first`,
    requested: "Data export requested",
    completed: "Data export ready",
    downloaded: "Data export downloaded",
    action: "Action",
    person: "Person (email)",
    apply: "Apply",
    system: "The system",
    empty: "No event matches.",
  },
  fr: {
    settings: "Paramètres",
    exportLink: "Exporter toutes les données",
    exportTitle: "Exporter toutes les données",
    started: "L’export a commencé",
    download: /^Télécharger/,
    ready: "Prêt",
    auditLink: "Journal d’audit",
    auditTitle: "Journal d’audit",
    caption: (org: string) => `Événements d’audit d’${org}, les plus récents en premier`,
    requested: "Export des données demandé",
    completed: "Export des données prêt",
    downloaded: "Export des données téléchargé",
    action: "Action",
    person: "Personne (e-mail)",
    apply: "Appliquer",
    system: "Le système",
    empty: "Aucun événement ne correspond.",
  },
} as const;

async function openSettingsCard(page: Page, slug: string, settings: string, card: string) {
  await page.goto(`/orgs/${slug}`);
  await page
    .getByRole("navigation", { name: /Organization|Organisation/ })
    .getByRole("link", { name: settings })
    .click();
  await page.getByRole("link", { name: card, exact: true }).click();
}

for (const lang of ["en", "fr"] as const) {
  test(`${lang}: an org admin exports all data, downloads it, and finds it in the audit log`, async ({ page }) => {
    const w = WORDS[lang];
    const org = await createOwnOrganization(`Export ${lang}`);
    const admin = org.people.admin;
    await signInByEmail(page, admin.email, { locale: lang });

    await openSettingsCard(page, org.slug, w.settings, w.exportLink);
    await expect(page).toHaveURL(new RegExp(`/orgs/${org.slug}/settings/export$`));
    await expect(page.getByRole("heading", { name: w.exportTitle, level: 1 })).toBeVisible();
    await page.getByRole("button", { name: w.exportLink }).click();
    await expect(page.getByRole("status").filter({ hasText: w.started })).toBeVisible();
    // The page follows the job: a progress bar while it runs, then the download link.
    const download = page.getByRole("link", { name: w.download });
    await expect(download).toBeVisible({ timeout: 90_000 });
    await expect(page.getByRole("cell", { name: w.ready, exact: true })).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${org.slug}-export-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    const zip = readFileSync(await file.path());
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(zip.includes(Buffer.from("contacts.csv"))).toBe(true);
    expect(zip.includes(Buffer.from("audit_events.json"))).toBe(true);

    await openSettingsCard(page, org.slug, w.settings, w.auditLink);
    await expect(page).toHaveURL(new RegExp(`/orgs/${org.slug}/settings/audit$`));
    await expect(page.getByRole("heading", { name: w.auditTitle, level: 1 })).toBeVisible();
    const table = page.getByRole("table", { name: w.caption(org.name) });
    // Newest first: downloaded, ready (by the system), requested (by the admin).
    const rows = table.getByRole("row").filter({ has: page.getByRole("cell", { name: /Data export|Export des données/ }) });
    await expect(rows.first()).toContainText(w.downloaded);
    await expect(rows.filter({ hasText: w.completed })).toContainText(w.system);
    await expect(rows.filter({ hasText: w.requested })).toContainText(admin.name);

    // Filter to one action, then to one person.
    await page.getByLabel(w.action).selectOption({ label: w.requested });
    await page.getByRole("button", { name: w.apply }).click();
    await expect(page).toHaveURL(/action=data_export.requested/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("row").nth(1)).toContainText(admin.name);
    await page.getByLabel(w.person).fill(org.people.member.email);
    await page.getByRole("button", { name: w.apply }).click();
    await expect(page).toHaveURL(/person=/);
    await expect(table.getByText(w.empty)).toBeVisible();
  });
}
