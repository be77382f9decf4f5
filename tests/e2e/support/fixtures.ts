// The test API every spec uses: Playwright's, with pages that wait for React to hydrate
// after each navigation (the root layout sets <html data-hydrated> once it has:
// components/hydration-marker.tsx), so a click right after a page load is never lost.
// No fixed sleeps anywhere.
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Makes goto and reload of this page wait for hydration. */
export function hydrating(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await waitForHydration(page);
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await waitForHydration(page);
    return response;
  };
  return page;
}

/** A page in a fresh browser context (another person), hydration-aware like the fixture's. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return hydrating(await context.newPage());
}

export const test = base.extend({
  page: async ({ page }, provide) => {
    await provide(hydrating(page));
  },
});

export { expect };
export type { Browser, Locator, Page } from "@playwright/test";
