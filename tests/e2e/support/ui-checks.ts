// The look-and-feel bar for a page or a dialog: axe (WCAG 2.0/2.1/2.2 A and AA)
// finds nothing, a dialog's content is no wider than the dialog and its actions are in the
// viewport, and a screenshot goes to test-results/screenshots/ (README) for review.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const SCREENSHOTS = join("test-results", "screenshots");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 375, height: 812 } } as const;

async function axe(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** `include`: scan only that part (e.g. an open popover, which covers what is under it on purpose). */
export async function checkPage(page: Page, name: string, include?: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await axe(page, include);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Checks an open dialog: axe, fit, actions in view, focus inside; then a screenshot. */
export async function checkDialog(page: Page, dialog: Locator, name: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await page.waitForLoadState("networkidle");
  const box = await dialog.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const overflowing = [...element.querySelectorAll<HTMLElement>("*")]
      .filter((child) => {
        const r = child.getBoundingClientRect();
        return r.width > 0 && (r.right > rect.right + 1 || r.left < rect.left - 1);
      })
      .map((child) => child.outerHTML.slice(0, 120));
    const actions = [...element.querySelectorAll<HTMLElement>("button")]
      .filter((b) => b.offsetParent !== null)
      .map((b) => b.getBoundingClientRect());
    return {
      height: rect.height,
      viewport: window.innerHeight,
      overflowing,
      actionsInView: actions.every(
        (r) => r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.left >= 0 && r.right <= window.innerWidth + 1,
      ),
      focusInside: element.contains(document.activeElement),
    };
  });
  expect(box.overflowing, `${name}: content wider than the dialog`).toEqual([]);
  expect(box.height, `${name}: at most 90 % of the viewport`).toBeLessThanOrEqual(box.viewport * 0.9 + 1);
  expect(box.actionsInView, `${name}: actions inside the viewport`).toBe(true);
  expect(box.focusInside, `${name}: focus is in the dialog`).toBe(true);
  await axe(page, "dialog[open]");
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Tab from the dialog's last control comes back to its first. */
export async function expectFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  const count = await dialog.evaluate(
    (element) =>
      [
        ...element.querySelectorAll<HTMLElement>(
          "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])",
        ),
      ].filter((el) => el.offsetParent !== null).length,
  );
  for (let i = 0; i < count + 1; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
}
