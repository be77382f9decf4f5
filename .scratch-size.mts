import { chromium } from "@playwright/test";
const base = "http://localhost:3471";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
// reuse session: sign in quickly via db? use cookie from file
const cookie = process.argv[2];
await ctx.addCookies([{ name: "authjs.session-token", value: cookie, url: base }]);
for (const path of process.argv.slice(3)) {
  const res = await page.request.get(base + path);
  const html = await res.text();
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const flight = scripts.filter((s) => s.includes("self.__next_f")).join("");
  console.log(path, res.status(), "total", html.length, "flight", flight.length, "scripts", scripts.length);
  if (process.env.DUMP) (await import("node:fs")).writeFileSync("/var/tmp/users-dev/page.html", html);
}
await browser.close();
