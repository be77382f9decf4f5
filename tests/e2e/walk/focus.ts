// Where focus is after an action, for the walk: never the page's body. After a refused
// submission, on the first invalid field, whose error is read with it (aria-describedby, on the
// field or its group) or said by a live region; after an action that removes its trigger, on
// the next row's same control, the previous one, or the table's heading.
import { expect, type Locator, type Page } from "@playwright/test";

type Focused = {
  tag: string;
  name: string;
  invalid: boolean;
  /** The text of what describes the field (or its invalid group), error included. */
  description: string;
  /** The text of the live regions (role=alert or status) of the open dialog, else of the page. */
  live: string;
};

/** What has focus now, as a screen reader would present it. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const textOf = (ids: string | null) =>
      (ids ?? "")
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
        .join(" ")
        .trim();
    const group = active?.closest("[aria-invalid=true]") as HTMLElement | null;
    const scope = document.querySelector("dialog[open]") ?? document;
    return {
      tag: active ? active.tagName.toLowerCase() : "none",
      name: (active?.getAttribute("aria-label") ?? active?.textContent ?? "").trim(),
      invalid: active?.getAttribute("aria-invalid") === "true" || !!group,
      description: [textOf(active?.getAttribute("aria-describedby") ?? null), textOf(group?.getAttribute("aria-describedby") ?? null)]
        .join(" ")
        .trim(),
      live: [...scope.querySelectorAll("[role=alert], [role=status]")].map((element) => element.textContent ?? "").join(" "),
    };
  });
}

/** Focus has somewhere to be: not the body (nor nothing). */
export async function expectFocusNotLost(page: Page, where: string): Promise<Focused> {
  await expect
    .poll(async () => (await focused(page)).tag, { message: `${where}: focus fell to the page` })
    .not.toMatch(/^(body|none|html)$/);
  return focused(page);
}

/**
 * Submits the open dialog (its last button is its action) and checks the refusal: focus on an
 * invalid field whose error (matching `error`) is read with it or announced.
 */
export async function expectRefusedSubmit(page: Page, where: string, error: RegExp, submit?: Locator): Promise<void> {
  await (submit ?? page.getByRole("dialog").getByRole("button").last()).click();
  await expect.poll(async () => (await focused(page)).invalid, { message: `${where}: focus on an invalid field` }).toBe(true);
  const now = await focused(page);
  expect(`${now.description} ${now.live}`, `${where}: the error is read with the field or announced`).toMatch(error);
}

/**
 * Submits the open dialog, a confirmation with no field (its last button), and checks the
 * server's refusal: focus on the dialog's error message (matching `error`), never the body.
 */
export async function expectRefusedConfirm(page: Page, where: string, error: RegExp): Promise<void> {
  await page.getByRole("dialog").getByRole("button").last().click();
  await expect.poll(async () => (await focused(page)).name, { message: `${where}: focus on the error message` }).toMatch(error);
  await expect(page.getByRole("dialog").locator(":focus"), `${where}: focus in the dialog`).toHaveCount(1);
}

/**
 * Submits the open dialog (its last button, or `submit`) and checks it is carried out: the
 * dialog closes and focus is on a control or a heading, never the body.
 */
export async function expectSubmitted(page: Page, where: string, submit?: Locator): Promise<Focused> {
  await (submit ?? page.getByRole("dialog").getByRole("button").last()).click();
  await expect(page.getByRole("dialog"), `${where}: the dialog closes`).toHaveCount(0);
  const now = await expectFocusNotLost(page, where);
  expect(now.tag, `${where}: focus on a control or a heading`).toMatch(/^(button|a|input|select|textarea|h\d|caption)$/);
  return now;
}
