// The acceptance walk: every page and every dialog (tests/e2e/walk/pages.ts), in
// English and in French, at 1280×800 and 375×812 — a screenshot of each in
// test-results/screenshots/<language>/<viewport>/ (kept after the run), axe at 0
// violations on each, and every dialog checked to fit. One walk per language and viewport,
// as the walk's own admin, so walks run beside the other tests (playwright.config.ts).
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { signInByEmail } from "./support/auth";
import { expect, newPage, test } from "./support/fixtures";
import { Capture, expectDialogFits, INTL_ERROR } from "./walk/capture";
import { PAGES, ROUTES_COVERED_ELSEWHERE, WORDS, type Lang, type ViewportName, type WalkContext } from "./walk/pages";
import { prepareWalk } from "./walk/prepare";

const VIEWPORTS: Record<ViewportName, { width: number; height: number }> = {
  "1280x800": { width: 1280, height: 800 },
  "375x812": { width: 375, height: 812 },
};

test.describe.configure({ mode: "parallel" });

/** Every page route of the app (its page.tsx files), e.g. "/orgs/[slug]/settings/emails". */
function appRoutes(dir = join(process.cwd(), "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appRoutes(path);
    if (!/^page\.(tsx|ts)$/.test(entry.name)) return [];
    const segments = relative(join(process.cwd(), "app"), dir)
      .split(sep)
      .filter((segment) => segment && !/^\(.*\)$/.test(segment));
    return [`/${segments.join("/")}`];
  });
}

test("the walk visits every page of the app", () => {
  const walked = new Set([...PAGES.map((step) => step.route), ...ROUTES_COVERED_ELSEWHERE]);
  expect(
    appRoutes().filter((route) => !walked.has(route)),
    "pages missing from tests/e2e/walk/pages.ts",
  ).toEqual([]);
});

/**
 * WALK_PAGES=settings,settings-plan walks only the steps so named (to check a page or dialog
 * of one's own without the whole walk); unset, every step.
 */
const ONLY = process.env.WALK_PAGES?.split(",")
  .map((name) => name.trim())
  .filter(Boolean);

/** The four walks of the acceptance, and one more in the dark theme (contrast checked by axe there too). */
const WALKS: { lang: Lang; viewport: ViewportName; dark?: boolean }[] = [
  { lang: "en", viewport: "1280x800" },
  { lang: "en", viewport: "375x812" },
  { lang: "fr", viewport: "1280x800" },
  { lang: "fr", viewport: "375x812" },
  { lang: "en", viewport: "1280x800", dark: true },
];

for (const { lang, viewport, dark = false } of WALKS) {
  test(`walk: every page and dialog, ${lang}, ${viewport}${dark ? ", dark theme" : ""}`, async ({ browser }) => {
    // About 4 minutes on a quiet machine; room for a machine that is busy with other work.
    test.setTimeout(15 * 60_000);
    const started = Date.now();
    const data = await prepareWalk(lang, viewport, dark ? "-dark" : "");
    const options = {
      viewport: VIEWPORTS[viewport],
      locale: lang === "fr" ? "fr-FR" : "en-GB",
      colorScheme: dark ? ("dark" as const) : ("light" as const),
    };
    const visitor = await newPage(browser, options);
    const admin = await newPage(browser, options);
    await signInByEmail(admin, data.email, { locale: lang });
    const capture = new Capture(lang, dark ? `${viewport}-dark` : viewport);
    // Any script error, and next-intl's complaints about missing words, fail the walk.
    const errors: string[] = [];
    for (const page of [visitor, admin]) {
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (INTL_ERROR.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
      });
    }
    const { email: adminEmail, ...prepared } = data;
    const base = { ...prepared, lang, viewport, org: "acme", w: WORDS[lang], adminEmail };
    // Every page has its own name: the title of each route, distinct from every other route's.
    const titles = new Map<string, string>();

    // The browser's icon, for those that still ask for /favicon.ico whatever the page links.
    const favicon = await visitor.request.get("/favicon.ico");
    expect([favicon.status(), favicon.headers()["content-type"]]).toEqual([200, "image/x-icon"]);

    for (const step of PAGES) {
      if (ONLY && !ONLY.includes(step.name)) continue;
      const page = step.as === "visitor" ? visitor : admin;
      const c: WalkContext = { ...base, page };
      await test.step(step.name, async () => {
        await page.goto(step.path(c));
        await step.ready?.(c);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        // "Page — Organization — Roster" inside an organization, "Page — Roster" elsewhere.
        const title = await page.title();
        expect(title, `${step.name}: its title`).toMatch(/^[^—]+ — (?:[^—]+ — )?Roster$/);
        if (step.as === "admin" && step.route.startsWith("/orgs/[slug]"))
          expect(title, `${step.name}: its title`).toMatch(/ — Acme Corporation — Roster$/);
        const sameTitle = [...titles].find(([route, other]) => other === title && route !== step.route);
        expect(sameTitle?.[0], `${step.name}: its title "${title}" is another page's`).toBeUndefined();
        titles.set(step.route, title);
        await capture.take(page, step.name);
        for (const state of step.states ?? []) {
          if (state.only && state.only !== viewport) continue;
          await state.open(c);
          if (!state.notDialog) await expectDialogFits(page, `${step.name}/${state.name}`);
          await capture.take(page, `${step.name}--${state.name}`);
          await state.check?.(c);
          if (state.close) await state.close(c);
          else {
            await page.keyboard.press("Escape");
            await expect(page.locator("dialog[open], [popover]:popover-open")).toHaveCount(0);
          }
        }
        await step.after?.(c);
      });
    }
    expect(errors).toEqual([]);
    capture.summary({ lang, viewport, dark, seconds: Math.round((Date.now() - started) / 1000) });
    await visitor.context().close();
    await admin.context().close();
  });
}
