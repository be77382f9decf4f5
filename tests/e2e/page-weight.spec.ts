// The page-weight budget of every list page, on the production build: what a browser
// receives (the document as served with `Accept-Encoding: gzip, br`) is at most 12 KB at 25
// rows and 0.2 KB for each row beyond, in English and in French (French words run longer, so
// a page near the limit crosses it in French first). The raw size is printed beside it.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { tokenHash } from "@/lib/crypto/token-hash";
import { withAppDatabase } from "./support/database";
import { createWeightOrganization } from "../support/weight-organization";
import { describeFigures, LIST_PAGES, PAGE_BUDGET, weighListPage, type WeightOrganizations } from "../support/page-weight";

test.describe.configure({ mode: "serial" });

let orgs: WeightOrganizations;
let admin: { id: string; cookie: string };

test.beforeAll(async () => {
  const tag = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const token = randomBytes(32).toString("hex");
  admin = { id: `c${randomBytes(12).toString("hex")}`, cookie: `authjs.session-token=${token}` };
  orgs = await withAppDatabase(async (client) => {
    await client.query(`INSERT INTO "User" (id, email, name, locale, "updatedAt") VALUES ($1, $2, 'Wendy Weight', 'en', now())`, [
      admin.id,
      `weight-${tag}@page-weight.test`,
    ]);
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days')`,
      [`c${randomBytes(12).toString("hex")}`, tokenHash(token), admin.id],
    );
    return {
      small: await createWeightOrganization(client, {
        slug: `weight-25-${tag}`,
        name: `Weight 25 ${tag}`,
        rows: 25,
        adminUserId: admin.id,
      }),
      large: await createWeightOrganization(client, {
        slug: `weight-100-${tag}`,
        name: `Weight 100 ${tag}`,
        rows: 100,
        adminUserId: admin.id,
      }),
    };
  });
});

for (const locale of ["en", "fr"] as const) {
  test(`every list page weighs at most 12 KB at 25 rows and 0.2 KB per extra row, transferred (${locale})`, async ({ baseURL }) => {
    await withAppDatabase((client) => client.query(`UPDATE "User" SET locale = $1 WHERE id = $2`, [locale, admin.id]));
    const lines: string[] = [];
    for (const page of LIST_PAGES) {
      const figures = await weighListPage(baseURL!, page, orgs, { cookie: admin.cookie }, locale);
      lines.push(describeFigures(figures, locale));
      // Each page has rows enough to weigh: its 25 (the notifications page: a few per event), and 50 more at 100.
      expect.soft(figures.at25.rows, `${page.name}: rows at 25`).toBeGreaterThanOrEqual(page.at100 ? 20 : 5);
      if (figures.at100) expect.soft(figures.at100.rows - figures.at25.rows, `${page.name}: more rows at 100`).toBeGreaterThanOrEqual(20);
      expect.soft(figures.at25.transferred, `${page.name} (${locale}): bytes at 25 rows`).toBeLessThanOrEqual(PAGE_BUDGET.bytesAt25Rows);
      if (figures.perExtraRow)
        expect
          .soft(figures.perExtraRow.transferred, `${page.name} (${locale}): bytes per extra row`)
          .toBeLessThanOrEqual(PAGE_BUDGET.bytesPerExtraRow);
    }
    console.log(lines.join("\n"));
  });
}
