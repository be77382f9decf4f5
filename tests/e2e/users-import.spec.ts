// Users → Import users in a real browser, in English and in French: an org admin downloads the
// template (in the page's language), uploads a file of 3 new people, 1 change and 2 errors,
// sees exactly that preview, downloads the errors (the 2 rows with their reason), applies it,
// and finds the three invitees pending on the users list with their invitation emails in the
// mailbox. In an organization of its own (support/own-organization.ts).
import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/auth";
import { readLatestEmail } from "./support/mailbox";
import { createOwnOrganization } from "./support/own-organization";

const WORDS = {
  en: (org: string) => ({
    open: "Import users",
    template: "Download the template",
    header: "email,name,role,workspaces,language",
    file: "CSV file",
    upload: "Preview the file",
    ready: "Preview ready",
    kinds: { all: "All rows (6)", add: "Add (3)", update: "Update (1)", unchanged: "No change (0)", error: "Error (2)" },
    rows: "Rows of import.csv",
    badEmail: "This is not a valid email address.",
    unknownWorkspace: "No workspace is named “Nowhere”.",
    change: "Sales → Engineering",
    errors: "Download errors",
    reason: "reason",
    apply: "Apply",
    applied: /Applied: 3 people invited, 1 user changed\./,
    users: `Users of ${org}`,
    pending: "Pending",
    subject: new RegExp(`invites you to join ${org}`),
  }),
  fr: (org: string) => ({
    open: "Importer des utilisateurs",
    template: "Télécharger le modèle",
    header: "e-mail,nom,rôle,espaces de travail,langue",
    file: "Fichier CSV",
    upload: "Prévisualiser le fichier",
    ready: "Aperçu prêt",
    kinds: {
      all: "Toutes les lignes (6)",
      add: "Ajout (3)",
      update: "Modification (1)",
      unchanged: "Sans changement (0)",
      error: "Erreur (2)",
    },
    rows: "Lignes de import.csv",
    badEmail: "Cette adresse e-mail n’est pas valide.",
    unknownWorkspace: /Aucun espace de travail ne s’appelle/,
    change: "Sales → Engineering",
    errors: "Télécharger les erreurs",
    reason: "raison",
    apply: "Appliquer",
    applied: /Appliqué\s*:\s*3 personnes invitées, 1 utilisateur modifié\./,
    users: `Utilisateurs\u202F: ${org}`,
    pending: "En attente",
    subject: new RegExp(`vous invite à rejoindre ${org}`),
  }),
};

async function textOf(download: Download): Promise<string> {
  return (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
}

for (const locale of ["en", "fr"] as const) {
  test(`an org admin imports users from a CSV file: template, preview, errors file, apply, invitations (${locale})`, async ({ page }) => {
    const org = await createOwnOrganization(`Import ${locale}`);
    const W = WORDS[locale](org.name);
    await signInByEmail(page, org.people.admin.email, { callbackUrl: `/orgs/${org.slug}/users`, locale });
    await page.goto(`/orgs/${org.slug}/users`);
    await page.getByRole("link", { name: W.open }).click();

    const templateDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: W.template }).click();
    const template = await textOf(await templateDownload);
    expect(template.split("\r\n")[0]).toBe(W.header);
    expect(template.split("\r\n").filter(Boolean)).toHaveLength(3);

    const invitees = [1, 2, 3].map((n) => uniqueEmail(`import-${locale}-${n}`));
    const nowhere = uniqueEmail(`nowhere-${locale}`);
    const file = [
      "email,name,role,workspaces,language",
      `${invitees[0]},First Invitee,MEMBER,Sales,${locale}`,
      `${invitees[1]},Second Invitee,MEMBER,,${locale}`,
      `${invitees[2]},"Third, Invitee",USER_ADMIN,Sales|Engineering,${locale}`,
      `${org.people.member.email},,,Engineering,`,
      "not-an-email,,,,",
      `${nowhere},,,Nowhere,`,
    ].join("\r\n");
    await page.getByLabel(W.file).setInputFiles({ name: "import.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    await page.getByRole("button", { name: W.upload }).click();
    await expect(page.getByText(W.ready)).toBeVisible({ timeout: 30_000 });

    for (const name of Object.values(W.kinds)) await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    const table = page.getByRole("table", { name: W.rows });
    await expect(table.getByRole("rowheader")).toHaveText([...invitees, org.people.member.email, "not-an-email", nowhere]);
    await expect(table.getByRole("row").filter({ hasText: org.people.member.email })).toContainText(W.change);
    await page.getByRole("link", { name: W.kinds.error, exact: true }).click();
    await expect(table.getByRole("rowheader")).toHaveCount(2);
    await expect(table).toContainText(W.badEmail);
    await expect(table).toContainText(W.unknownWorkspace);

    const errorsDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: W.errors }).click();
    const errors = (await textOf(await errorsDownload)).split("\r\n").filter(Boolean);
    expect(errors[0]).toBe(`${W.header},${W.reason}`);
    expect(errors).toHaveLength(3);
    expect(errors[1]).toMatch(/^not-an-email,/);

    await page.getByRole("button", { name: W.apply }).click();
    await expect(page.getByText(W.applied)).toBeVisible({ timeout: 30_000 });

    await page.goto(`/orgs/${org.slug}/users?status=PENDING`);
    const users = page.getByRole("table", { name: W.users });
    for (const invitee of invitees) await expect(users.getByRole("row").filter({ hasText: invitee })).toContainText(W.pending);
    for (const invitee of invitees) await readLatestEmail(page, invitee, W.subject);
  });
}
