// Long workspace names on a phone: the Add user dialog's workspace list cuts each name short
// (the full name stays its checkbox's label) and never makes the dialog or the page scroll
// sideways. A fieldset is as wide as its widest line unless told otherwise.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInByEmail, uniqueEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { createOwnOrganization } from "./support/own-organization";

const LONG_NAME = "Customer Success Europe Middle East and Africa enterprise accounts (EMEA-2026-renewals)";

test.use({ viewport: { width: 375, height: 812 } });

test("a long workspace name never widens the Add user dialog at 375 px (fr)", async ({ page }) => {
  const org = await createOwnOrganization("long-names");
  await withAppDatabase((client) =>
    client.query(`INSERT INTO "Workspace" (id, "organizationId", name, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      randomUUID(),
      org.id,
      LONG_NAME,
    ]),
  );
  await signInByEmail(page, org.people.admin.email, { locale: "fr" });
  await page.goto(`/orgs/${org.slug}/users`);
  await page.getByRole("button", { name: "Ajouter un utilisateur" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Adresse e-mail").fill(uniqueEmail("long-names"));
  await dialog.getByRole("button", { name: "Suivant" }).click();
  await expect(dialog.getByRole("checkbox", { name: LONG_NAME })).toBeVisible();
  const widths = await dialog.evaluate((box) => {
    const { right } = box.getBoundingClientRect();
    const widest = Math.max(...[...box.querySelectorAll("*")].map((element) => element.getBoundingClientRect().right));
    return { dialogRight: right, widest, page: document.documentElement.scrollWidth, viewport: window.innerWidth };
  });
  expect(widths.widest).toBeLessThanOrEqual(widths.dialogRight);
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});
