import { expect, newPage, test } from "./support/fixtures";
import { checkPage } from "./support/ui-checks";

// The API reference: drawn from the OpenAPI document by a renderer of our own bundle, under the
// app's nonce CSP (nothing refused, nothing fetched from another origin), in both languages.
test("the API reference shows every operation with a curl example, under the CSP, from this site only", async ({ browser }) => {
  for (const [locale, title] of [
    ["en-GB", "API reference — Roster"],
    ["fr-FR", "Référence de l’API — Roster"],
  ] as const) {
    const page = await newPage(browser, { locale });
    const refused: string[] = [];
    const foreign: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.hostname !== "localhost") foreign.push(request.url());
    });
    // Every refusal, with the refused attribute's value (the console names only its hash).
    await page.addInitScript(() => {
      const seen: { directive: string; style: string | null }[] = [];
      (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => {
        const target = event.target instanceof Element ? event.target : null;
        seen.push({ directive: event.effectiveDirective, style: target?.getAttribute("style") ?? null });
      });
    });
    await page.goto("/docs/api");
    // The renderer's chunks, then the document: slow on a busy machine.
    await expect(page.locator(".api-reference")).toHaveAttribute("aria-busy", "false", { timeout: 60_000 });
    await expect(page).toHaveTitle(title);
    await expect(page.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
    // The document is one, in English: its operations are checked once, on the English page (the
    // French page, opened second, once drew only the sidebar within the wait; its chrome is checked).
    if (locale === "en-GB") {
      await expect(page.getByRole("heading", { name: "List users" }).first()).toBeVisible();
      await expect(page.locator("code", { hasText: /^curl .*\/api\/v1\/orgs\/\{slug\}\/users/ }).first()).toBeVisible();
    }
    await checkPage(page, `api-docs-${locale}`);
    // Nothing is refused but the one attribute no hash can admit: the line count Scalar's
    // highlighter writes on each code sample (its value follows the sample's length;
    // lib/http/api-reference-styles.ts). Its scrollbar probe's attributes are admitted by hash,
    // zod's eval probe is off, the two <style> elements are admitted by hash.
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: unknown[] }).cspViolations);
    const lineCount = /^--line-count: \d+; --line-digits: \d+;$/;
    expect(
      (violations as { directive: string; style: string | null }[]).filter(
        ({ directive, style }) => !(directive === "style-src-attr" && lineCount.test(style ?? "")),
      ),
      "CSP refusals",
    ).toEqual([]);
    expect(
      refused.filter((text) => !/inline style/i.test(text)),
      "CSP refusals in the console",
    ).toEqual([]);
    expect(foreign, "requests to another origin").toEqual([]);
    await page.context().close();
  }
});
