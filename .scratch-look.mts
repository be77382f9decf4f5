import { chromium } from "@playwright/test";
const base = "http://localhost:3471";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
async function signIn(email: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByRole("button", { name: /sign-in link|lien de connexion/i }).click();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  await page.goto(`${base}/dev/mailbox`);
  const href = await page.getByRole("row").filter({ hasText: email }).getByRole("link").first().getAttribute("href");
  await page.goto(base + href);
  const text = await page.locator("pre").first().innerText();
  const link = text.match(/https?:\/\/\S+signin\/confirm\S+/)![0];
  await page.goto(link);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
}
await signIn(process.argv[2] ?? "admin@acme.test");
for (const [name, path] of [["users", "/orgs/acme/users"], ["workspaces", "/orgs/acme/workspaces"]]) {
  const res = await page.goto(base + path);
  console.log(name, res?.status(), (await res?.text())?.length);
  await page.screenshot({ path: `/var/tmp/users-dev/${name}.png`, fullPage: true });
}
await page.getByRole("link", { name: "Sales" }).click();
await page.waitForLoadState("networkidle");
await page.screenshot({ path: `/var/tmp/users-dev/ws-detail.png`, fullPage: true });
await page.goto(base + "/orgs/acme/users");
await page.getByRole("button", { name: "Add user" }).click();
await page.screenshot({ path: `/var/tmp/users-dev/add.png` });
await page.keyboard.press("Escape");
await page.getByRole("button", { name: /^Edit Emma/ }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: `/var/tmp/users-dev/edit.png` });
await page.keyboard.press("Escape");
await page.getByRole("button", { name: /Switch organization/ }).click();
await page.waitForTimeout(1000);
await page.screenshot({ path: `/var/tmp/users-dev/switcher.png` });
await browser.close();
