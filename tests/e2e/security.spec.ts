// Security behaviour seen from outside: response headers and a strict CSP under which the
// app still hydrates, the dev mailbox on loopback names only, the sign-in callback refused
// from outside the site, refused inputs (search, oversize or chunked bodies) with 4xx or a
// message next to the field, and the sign-in form's and Auth.js route's "too many requests".
import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { confirmSignIn, signInByEmail, uniqueEmail } from "./support/auth";
import { withAppDatabase } from "./support/database";
import { mailboxSnapshot, readLatestEmail } from "./support/mailbox";

/** Collects every CSP violation the page reports (events and console errors). */
async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test("pages carry the security headers and a nonce CSP, and still hydrate and work with no violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const response = await page.goto("/signin");
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over http here: no HSTS (unit tests cover https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  // Next put the request's nonce on its scripts; a new request gets a new nonce.
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  const again = (await page.request.get("/signin")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);

  // Hydrated and interactive under the policy: sign in (through the mailbox pages) and open a dialog.
  await signInByEmail(page, "admin@acme.test");
  const contacts = await page.goto("/orgs/acme/contacts");
  expect(contacts!.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  await page.getByRole("button", { name: "New contact" }).click();
  const dialog = page.getByRole("dialog", { name: "New contact" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("tab", { name: "Invite a contact" }).click();
  await expect(dialog.getByRole("tabpanel")).toBeVisible();
  expect(await violations()).toEqual([]);
});

/** A request with a chosen Host header (browsers always send the page's own). */
function getWithHost(path: string, host: string): Promise<number> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: base.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

test("the dev mailbox answers loopback Host names only (DNS rebinding gets 404)", async () => {
  const port = new URL(test.info().project.use.baseURL!).port;
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"])
    expect(await getWithHost("/dev/mailbox", host), host).toBe(200);
  for (const host of [`rebind.evil.test:${port}`, "rebind.evil.test", `localhost.evil.test:${port}`, `127.0.0.1.nip.io:${port}`]) {
    expect(await getWithHost("/dev/mailbox", host), host).toBe(404);
    expect(await getWithHost("/dev/mailbox/0000000000000-0000000000000000", host), host).toBe(404);
  }
});

test("the sign-in callback opened from outside the site is sent to the confirmation page; its button signs in", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("csrf");
  const seen = await mailboxSnapshot(page, email);
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const { links } = await readLatestEmail(page, email, undefined, seen);
  const confirm = new URL(links.find((href) => href.includes("/signin/confirm?"))!);
  const callback = `/api/auth/callback/nodemailer${confirm.search}`;

  // What an attacker would send: the callback itself, from a mail client or another site,
  // opened or auto-submitted by a hostile page (POST), with or without Sec-Fetch-Site.
  const attempts: { method: "GET" | "POST"; headers: Record<string, string> }[] = [
    ...["cross-site", "same-site", "none"].map((site) => ({ method: "GET" as const, headers: { "sec-fetch-site": site } })),
    { method: "GET", headers: { origin: "https://evil.example" } },
    { method: "POST", headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } },
    { method: "POST", headers: { origin: "https://evil.example" } },
    { method: "POST", headers: { origin: "null" } },
    { method: "POST", headers: { "sec-fetch-site": "same-origin", origin: confirm.origin } },
  ];
  for (const { method, headers } of attempts) {
    const refused = await request.fetch(callback, { method, headers, maxRedirects: 0 });
    const where = `${method} ${JSON.stringify(headers)}`;
    expect(refused.status(), where).toBe(303);
    expect(new URL(refused.headers().location, confirm.origin).toString(), where).toBe(`${confirm.origin}/signin/confirm${confirm.search}`);
    expect(refused.headers()["set-cookie"] ?? "", where).not.toContain("session-token");
  }
  // Opened in the browser's address bar (Sec-Fetch-Site: none): the confirmation page names the account, nobody is signed in yet.
  await page.goto(callback);
  await expect(page).toHaveURL(/\/signin\/confirm\?/);
  await expect(page.getByText(`You are about to sign in as ${email}.`)).toBeVisible();
  expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  // The token was not used up: the page's button (same-origin) signs in.
  await confirmSignIn(page, confirm.toString());
  await expect(page.getByRole("heading", { name: "Your organizations" })).toBeVisible();
});

test("a search with a NUL byte or over 100 characters shows the error next to the field and no contact; the CSV export answers 422", async ({
  page,
  request,
}) => {
  await signInByEmail(page, "admin@acme.test");
  const nul = await page.goto("/orgs/acme/contacts?q=a%00b");
  expect(nul!.status()).toBe(200);
  const search = page.getByRole("searchbox", { name: "Search" });
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await expect(search).toHaveAccessibleDescription("Remove the invisible control characters from this text.");
  await expect(page.getByRole("alert").filter({ hasText: "Remove the invisible control characters" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Contacts of / }).getByRole("row")).toHaveCount(2); // the header row and "no contact" row

  await page.goto(`/orgs/acme/contacts?q=${"a".repeat(101)}`);
  await expect(search).toHaveAccessibleDescription("At most 100 characters.");
  await expect(page.getByRole("table", { name: /^Contacts of / }).getByRole("row")).toHaveCount(2);
  // A valid search still finds contacts.
  await page.goto("/orgs/acme/contacts?q=a");
  await expect(search).not.toHaveAttribute("aria-invalid", "true");
  expect(
    await page
      .getByRole("table", { name: /^Contacts of / })
      .getByRole("row")
      .count(),
  ).toBeGreaterThan(2);

  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const exported = await request.get("/orgs/acme/contacts/export?q=a%00b", { headers: { cookie: cookies } });
  expect(exported.status()).toBe(422);
  expect(await exported.text()).toBe("Remove the invisible control characters from this text.");
  expect((await request.get(`/orgs/acme/contacts/export?q=${"a".repeat(101)}`, { headers: { cookie: cookies } })).status()).toBe(422);
  expect((await request.get("/orgs/acme/contacts/export?q=a", { headers: { cookie: cookies } })).status()).toBe(200);

  // A NUL byte in the organization's address is simply not found (it used to fail the request's statement).
  expect((await page.goto("/orgs/acme%00/contacts"))!.status()).toBe(404);
  expect((await request.get("/orgs/a%00b/contacts/export", { headers: { cookie: cookies } })).status()).toBe(404);
});

test("a server action body over 1 MB gets 413, not a 500", async ({ request }) => {
  const big = "x".repeat(2 * 1024 * 1024);
  for (const path of ["/signin", "/orgs/acme/contacts"]) {
    const response = await request.post(path, {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: big,
    });
    expect(response.status(), path).toBe(413);
    expect(await response.text()).toBe("This request is too large.");
  }
  const fr = await request.post("/signin", { headers: { "next-action": "0".repeat(42), "accept-language": "fr" }, data: big });
  expect(await fr.text()).toBe("Cette requête est trop volumineuse.");
  // The same form posted without JavaScript (multipart, no Next-Action header).
  const noScript = await request.post("/orgs/acme/contacts", { multipart: { $ACTION_ID_0: "", name: big } });
  expect(noScript.status()).toBe(413);
});

type Posted = { status: number; text: string; written: number };

/**
 * POSTs `size` bytes to the app over a plain socket, chunked (no Content-Length) or with one,
 * 64 KB at a time, and stops sending once the answer comes: `written` is how much of the body
 * got out before it (an upper bound of what the server read: the rest waits in socket buffers).
 */
function postBody(
  path: string,
  size: number,
  options: { chunked: boolean; headers?: Record<string, string>; fill?: Buffer },
): Promise<Posted> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const headers = {
      "content-type": "application/x-www-form-urlencoded",
      ...options.headers,
      ...(options.chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(size) }),
    };
    const req = httpRequest({ host: "127.0.0.1", port: base.port, path, method: "POST", headers }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (part: string) => (text += part));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, text, written });
        req.destroy();
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const body = options.fill ?? Buffer.alloc(64 * 1024, "a");
    void (async () => {
      while (written < size && !answered && !req.destroyed) {
        const piece = body.subarray(0, Math.min(body.length, size - written));
        written += piece.length;
        if (!req.write(piece))
          await new Promise((drained) => {
            const timer = setTimeout(drained, 2000);
            req.once("drain", () => {
              clearTimeout(timer);
              drained(null);
            });
          });
      }
      if (!answered && !req.destroyed) req.end();
    })();
  });
}

test("bodies sent chunked (no Content-Length) get 413 past 1 MB before the server reads on, and pass intact below it", async ({
  page,
  request,
}) => {
  const MB = 1024 * 1024;
  // A real action of the sign-in page (its language switcher's form), as Next routes it.
  await page.goto("/signin");
  const actionId = (await page.locator('input[name^="$ACTION_ID_"]').first().getAttribute("name"))!.slice("$ACTION_ID_".length);
  const action = await postBody("/signin", 2 * MB, {
    chunked: true,
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
  });
  expect(action).toMatchObject({ status: 413, text: "This request is too large." });
  const fr = await postBody("/signin", 2 * MB, { chunked: true, headers: { "next-action": actionId, "accept-language": "fr" } });
  expect(fr).toMatchObject({ status: 413, text: "Cette requête est trop volumineuse." });

  // 30 MB to a route handler, chunked or declared: answered once about 1 MB was read, long
  // before the client could send it all (Next alone read every byte first, keeping 10 MB).
  for (const chunked of [true, false]) {
    const big = await postBody("/api/auth/signin/nodemailer", 30 * MB, { chunked });
    expect(big.status, `chunked: ${chunked}`).toBe(413);
    expect(big.written, `chunked: ${chunked}`).toBeLessThan(20 * MB);
  }

  // Within the limit, a chunked body reaches the route whole: Auth.js's own form, posted chunked, queues the link.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const email = uniqueEmail("chunked");
  const form = Buffer.from(new URLSearchParams({ email, csrfToken, callbackUrl: "/" }).toString());
  const small = await postBody("/api/auth/signin/nodemailer", form.length, { chunked: true, headers: { cookie }, fill: form });
  expect(small.status).toBe(302);
  await withAppDatabase(async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "toEmail" = $1`, [email]);
    expect(rows[0].n).toBe(1);
  });
});

test("Auth.js's own sign-in form, refused, lands on a page that says how long to wait, in the visitor's language", async ({ browser }) => {
  const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "RateLimitHit" (key, "createdAt", "expiresAt") SELECT $1, now(), now() + interval '1 hour' FROM generate_series(1, $2::int)`,
      [`sign-in:ip:${ip}`, 1000],
    ),
  );
  const expected = {
    en: /^Too many sign-in requests\. Try again in (60 minutes|1 hour)\.$/,
    fr: /^Trop de demandes de connexion\. Réessayez dans (60\sminutes|1\sheure)\.$/,
  };
  for (const locale of ["en", "fr"] as const) {
    const context = await browser.newContext({
      locale: locale === "fr" ? "fr-FR" : "en-GB",
      extraHTTPHeaders: { "x-forwarded-for": ip, "Accept-Language": locale === "fr" ? "fr-FR,fr;q=0.9" : "en-GB,en;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/signin");
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const email = uniqueEmail("raw-post");
    // What Auth.js's built-in sign-in page posts (a plain form: csrfToken, email, callbackUrl).
    await page.evaluate(
      ({ csrfToken, email }) => {
        const form = Object.assign(document.createElement("form"), { method: "post", action: "/api/auth/signin/nodemailer" });
        for (const [name, value] of Object.entries({ csrfToken, email, callbackUrl: "/" }))
          form.append(Object.assign(document.createElement("input"), { type: "hidden", name, value }));
        document.body.append(form);
        form.submit();
      },
      { csrfToken, email },
    );
    await expect(page).toHaveURL(/\/signin\/error\?error=TooManyRequests&/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(expected[locale]);
    await withAppDatabase(async (client) => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "toEmail" = $1`, [email]);
      expect(rows[0].n).toBe(0);
    });
    await context.close();
  }
});

test("the sign-in form says when a network sent too many requests (per-IP limit behind the trusted proxy)", async ({ browser }) => {
  const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  // The e2e app trusts X-Forwarded-For (TRUST_PROXY=on) and allows 1000 requests per IP (playwright.config.ts): use them all up.
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "RateLimitHit" (key, "createdAt", "expiresAt") SELECT $1, now(), now() + interval '1 hour' FROM generate_series(1, $2::int)`,
      [`sign-in:ip:${ip}`, 1000],
    ),
  );
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const page = await context.newPage();
  const email = uniqueEmail("limited");
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(
    /^Too many sign-in requests\. Try again in (60 minutes|1 hour)\.$/,
  );
  await expect(page.getByRole("heading", { name: "Sign in to Roster" })).toBeVisible();
  await withAppDatabase(async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "toEmail" = $1`, [email]);
    expect(rows[0].n).toBe(0);
  });
  await context.close();
});
