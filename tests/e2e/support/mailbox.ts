import { expect, type Page } from "@playwright/test";

async function emailLinks(page: Page, to: string, subject?: RegExp): Promise<string[]> {
  await page.goto("/dev/mailbox");
  let rows = page.getByRole("row").filter({ hasText: to });
  if (subject) rows = rows.filter({ hasText: subject });
  return rows.getByRole("link").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href") ?? ""));
}

/** The emails already captured for `to`, so that a later read waits for a new one. */
export async function mailboxSnapshot(page: Page, to: string): Promise<Set<string>> {
  return new Set(await emailLinks(page, to));
}

/**
 * Reads the newest captured email to `to` through the app's own /dev/mailbox pages,
 * polling until one arrives that is not in `seen` (the outbox delivers asynchronously).
 */
export async function readLatestEmail(
  page: Page,
  to: string,
  subject?: RegExp,
  seen: Set<string> = new Set(),
): Promise<{ text: string; links: string[] }> {
  let href = "";
  await expect(async () => {
    const fresh = (await emailLinks(page, to, subject)).filter((link) => !seen.has(link));
    expect(fresh.length).toBeGreaterThan(0);
    href = fresh[0];
  }).toPass({ timeout: 30_000, intervals: [300, 500, 1000] });
  await page.goto(href);
  const text = await page.locator("pre").first().innerText();
  const links = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
  return { text, links };
}
