import { expect, type Page } from "@playwright/test";

/**
 * Reads the newest captured email to `to` through the app's own /dev/mailbox pages,
 * polling until it arrives (the outbox delivers asynchronously), and returns its text.
 */
export async function readLatestEmail(page: Page, to: string, subject?: RegExp): Promise<{ text: string; links: string[] }> {
  let opened = false;
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const rows = page.getByRole("row").filter({ hasText: to });
    const row = subject ? rows.filter({ hasText: subject }) : rows;
    await expect(row.first()).toBeVisible({ timeout: 1000 });
    await row.first().getByRole("link").first().click();
    opened = true;
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
  expect(opened).toBe(true);
  const text = await page.getByRole("region", { name: /text|texte/i }).or(page.locator("pre")).first().innerText();
  const links = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
  return { text, links };
}
