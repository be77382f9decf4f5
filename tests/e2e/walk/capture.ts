// What the walk does at each page and dialog: a full-page screenshot into the folder the
// README names, an axe scan (WCAG 2 A/AA, 2.1 AA, 2.2 AA) that must find nothing, and for
// dialogs, the look-and-feel checks: content no wider than the dialog, the dialog at most 90 %
// of the viewport's height, its actions inside the viewport.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SCREENSHOTS = join("test-results", "screenshots");
/** A message key shown instead of its message (next-intl's fallback when a page forgot a namespace). */
const KEY_SHOWN =
  /\b(common|contacts|contactRoles|invitations|domains|outbox|home|auth|nav|org|orgs|errors|ui|overview|roles|mailbox|users|workspaces|billing|notifications|notificationEmails|pagination)\.[a-z]\w*(\.\w+)*\b/;
/** next-intl's errors in the browser console. */
export const INTL_ERROR = /MISSING_MESSAGE|FORMATTING_ERROR|INSUFFICIENT_PATH|INVALID_MESSAGE|Could not resolve/;
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

export class Capture {
  readonly folder: string;
  screenshots = 0;
  scans = 0;
  violations = 0;
  private index = 0;

  constructor(lang: string, viewport: string) {
    this.folder = join(SCREENSHOTS, lang, viewport);
    rmSync(this.folder, { recursive: true, force: true });
    mkdirSync(this.folder, { recursive: true });
  }

  /** Screenshot and axe scan of what `page` shows now, named `name`. */
  async take(page: Page, name: string): Promise<void> {
    this.index += 1;
    const file = join(this.folder, `${String(this.index).padStart(2, "0")}-${name}.png`);
    // Dialogs and menus: the viewport as the person sees it; pages: the whole page.
    const overlay = await page.locator("dialog[open], [popover]:popover-open").count();
    // Narrow screens: tables scroll inside their region, the page itself never sideways.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page, `${name} is wider than the viewport`).toBeLessThanOrEqual(widths.viewport);
    // Every word is there: no key shown in place of its message, French elision marks resolved.
    const text = await page.locator("body").innerText();
    expect(text, `${name}: a message key is shown`).not.toMatch(KEY_SHOWN);
    expect(text, `${name}: an unresolved elision mark`).not.toContain("\u2060");
    // Every class on the page has a rule in its stylesheets (a rule lost in a merge shows here).
    expect(await unstyledClasses(page), `${name}: classes no stylesheet defines`).toEqual([]);
    await page.screenshot({ path: file, fullPage: overlay === 0, animations: "disabled" });
    this.screenshots += 1;
    // Legacy mode: axe runs in the page itself (our pages have no cross-origin frame), about
    // three times faster than opening a blank page per scan. A captured email's HTML (the
    // mailbox's sandboxed frame) is the email's, not a page of the app: left out.
    // With the best-practice rule `region` too: all content inside a landmark.
    const results = await new AxeBuilder({ page })
      .options({ runOnly: { type: "tag", values: AXE_TAGS }, rules: { region: { enabled: true } } })
      .setLegacyMode()
      .exclude("iframe")
      .analyze();
    this.scans += 1;
    this.violations += results.violations.length;
    const found = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
    expect(found, `axe on ${name} (${page.url()})`).toEqual([]);
  }

  summary(extra: Record<string, unknown>): void {
    writeFileSync(
      join(this.folder, "summary.json"),
      JSON.stringify({ screenshots: this.screenshots, scans: this.scans, violations: this.violations, ...extra }, null, 2),
    );
  }
}

/** The open dialog fits: nothing wider than it, at most 90 % of the viewport's height, actions on screen. */
export async function expectDialogFits(page: Page, name: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const dialog = document.querySelector("dialog[open]");
    if (!dialog) return ["no open dialog"];
    const out: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").slice(0, 3).join(".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const box = dialog.getBoundingClientRect();
    if (box.height > window.innerHeight * 0.9 + 1)
      out.push(`the dialog is ${Math.round(box.height)} px tall, more than 90 % of ${window.innerHeight}`);
    if (box.left < -1 || box.right > window.innerWidth + 1) out.push("the dialog is wider than the viewport");
    for (const el of dialog.querySelectorAll("*")) {
      // Inside a region that scrolls sideways on purpose, or visually hidden: not laid out against the dialog.
      const scroller = el.closest(".dt-scroll");
      if ((scroller && scroller !== el) || el.closest(".sr-only")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1)
        out.push(
          `${describe(el)} is wider than the dialog (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`,
        );
    }
    for (const body of dialog.querySelectorAll("[data-dialog-body]")) {
      if (body.scrollWidth > body.clientWidth + 1) out.push(`the body scrolls sideways (${body.scrollWidth} > ${body.clientWidth})`);
    }
    const actions = dialog.querySelectorAll("[data-dialog-footer] :is(button, a), header button");
    if (!dialog.querySelector("header button")) out.push("no close button in the header");
    for (const action of actions) {
      const r = action.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight + 1 || r.left < 0 || r.right > window.innerWidth + 1)
        out.push(`the action ${describe(action)} is outside the viewport`);
    }
    return out;
  });
  expect(problems, `dialog ${name}`).toEqual([]);
}

/** Classes used on the page that no rule of its stylesheets names (lucide's own marker classes aside). */
async function unstyledClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = new Set<string>();
    const read = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule)
          for (const match of rule.selectorText.matchAll(/\.((?:\\.|[\w-])+)/g)) named.add(match[1].replace(/\\(.)/g, "$1"));
        if ("cssRules" in rule) read((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) read(sheet.cssRules);
    // A third-party renderer's DOM (the API reference) uses classes of its own, not all of them styled.
    const ours = Array.from(document.querySelectorAll("[class]")).filter((element) => !element.closest("[data-third-party]"));
    const used = new Set(ours.flatMap((element) => Array.from(element.classList)));
    return [...used].filter((name) => !named.has(name) && !name.startsWith("lucide")).sort();
  });
}
