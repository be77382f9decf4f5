import { expect, type Page } from "@playwright/test";
import { mailboxSnapshot, readLatestEmail } from "./mailbox";

/** Signs in through the real flow: request a link, read it from the mail capture, follow it. */
export async function signInByEmail(
  page: Page,
  email: string,
  options: { callbackUrl?: string; locale?: "en" | "fr" } = {},
): Promise<void> {
  const seen = await mailboxSnapshot(page, email);
  await page.goto(options.callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "/signin");
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: /sign-in link|lien de connexion/i }).click();
  await expect(page.getByRole("heading", { name: /check your email|consultez vos e-mails/i })).toBeVisible();
  const { links } = await readLatestEmail(page, email, undefined, seen);
  const link = links.find((href) => href.includes("/signin/confirm?"));
  expect(link, "the sign-in email carries the link").toBeTruthy();
  await confirmSignIn(page, link!);
  // The language is remembered on the account; start every test in a known one.
  const wanted = page.getByRole("button", { name: options.locale === "fr" ? "Français" : "English" });
  if ((await wanted.getAttribute("aria-pressed")) !== "true") {
    await wanted.click();
    await expect(wanted).toHaveAttribute("aria-pressed", "true");
  }
}

/** Opens the emailed link and presses the confirmation page's button, as a person does. */
export async function confirmSignIn(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page).not.toHaveURL(/\/signin\/confirm/);
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
