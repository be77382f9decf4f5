// Runs before every request but static files:
// - refuses what must never reach the app: a sign-in callback opened from outside the
//   site (login CSRF), a request body over the server action limit (413 instead of Next's 500);
// - sets the security headers, with a fresh nonce in the Content-Security-Policy (on the
//   request too, so Next puts it on its own scripts: lib/http/security-headers.ts);
// - tells pages which URL was asked for: a signed-out visitor comes back to it after the
//   emailed sign-in link, and the request's one access statement knows which organization
//   to load (lib/auth/request-context.ts). The guard itself runs in each page and action;
// - keeps the session cookie as long-lived as the session, which use extends
//   (lib/auth/session-cookie.ts).
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { renewSessionCookie } from "@/lib/auth/session-cookie";
import { appUrl, config as settings } from "@/lib/config";
import { contentSecurityPolicy, isEmailPreviewPath, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { bodyLimitFor } from "@/lib/http/limits";
import { API_REFERENCE_PATH, API_REFERENCE_STYLE_ATTRIBUTE_HASHES, API_REFERENCE_STYLE_HASHES } from "@/lib/http/api-reference-styles";
import { httpStatusOf } from "@/lib/errors/app-error";
import { localeCookieOf, localeOfVisitor, negotiateLocale, translator } from "@/lib/i18n";
import { problem } from "@/lib/api/problem";

/**
 * Whether the path is the emailed link's callback as Auth.js reads it: it drops empty
 * segments ("/api/auth//callback/nodemailer/" is the same action), so this does too, and
 * decodes them, to guard every spelling that reaches it.
 */
function isEmailCallbackPath(pathname: string): boolean {
  try {
    const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
    return segments.join("/") === "api/auth/callback/nodemailer";
  } catch {
    // Malformed escapes: Auth.js cannot read such a path either.
    return false;
  }
}

/**
 * Login CSRF: the emailed link's token signs in whoever presents it, so an attacker could
 * send a victim the callback URL of the attacker's own token (or make a page of theirs
 * submit it) and sign the victim into the attacker's account. Our emailed link opens
 * /signin/confirm, whose button submits to the callback from this site: a GET with
 * Sec-Fetch-Site: same-origin. Anything else is sent to that page instead, which names the
 * account before anyone signs in: another method (the confirmation form never posts, so a
 * hostile auto-submitted POST is refused whatever the browser sends), Sec-Fetch-Site
 * other than same-origin (another site, a mail client, the address bar), or an Origin
 * other than ours ("null" included: browsers that send Origin but no Sec-Fetch-Site).
 * A GET with neither header (browsers before 2020-2023) is let through: the residual
 * risk the README's security notes describe.
 */
function isForeignCallback(request: NextRequest): boolean {
  if (!isEmailCallbackPath(request.nextUrl.pathname)) return false;
  if (request.method !== "GET") return true;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  return (site !== null && site !== "same-origin") || (origin !== null && origin !== new URL(appUrl()).origin);
}

/**
 * Every body the app accepts is a server action's (with JavaScript: a Next-Action header;
 * without: a multipart form) or a small Auth.js form, so none may exceed the action limit
 * (the users import page's file upload has its own, larger one: bodyLimitFor).
 * Under `npm start` the body gate in front of Next (lib/http/body-gate.ts) has read none of
 * it past the limit, and gives a chunked body its Content-Length, so this one header says
 * it all. (Under a bare `next start`, Next reads the whole body before this answer, and a
 * chunked body over the limit fails in Next with a 500.)
 */
function isOversizeBody(request: NextRequest): boolean {
  return Number(request.headers.get("content-length") ?? 0) > bodyLimitFor(request.nextUrl.pathname);
}

export function proxy(request: NextRequest) {
  const { NODE_ENV, APP_URL, AUTH_URL } = settings();
  const https = (APP_URL ?? AUTH_URL ?? "").startsWith("https:");
  const nonce = newNonce();
  const emailPreview = isEmailPreviewPath(request.nextUrl.pathname);
  const apiReference = request.nextUrl.pathname === API_REFERENCE_PATH;
  const policy = contentSecurityPolicy({
    nonce,
    development: NODE_ENV === "development",
    https,
    inlineStyles: request.nextUrl.pathname.startsWith("/dev/mailbox"),
    emailPreview,
    styleHashes: apiReference ? API_REFERENCE_STYLE_HASHES : undefined,
    styleAttributeHashes: apiReference ? API_REFERENCE_STYLE_ATTRIBUTE_HASHES : undefined,
  });
  const secured = <R extends Response>(response: R): R => {
    response.headers.set("Content-Security-Policy", policy);
    for (const [name, value] of Object.entries(securityHeaders({ https, emailPreview }))) response.headers.set(name, value);
    return response;
  };

  if (isForeignCallback(request)) {
    return secured(NextResponse.redirect(appUrl(`/signin/confirm${request.nextUrl.search}`), 303));
  }
  if (isOversizeBody(request)) {
    // The REST API answers every refusal as a problem document, in the Accept-Language's language.
    if (request.nextUrl.pathname.startsWith("/api/v1/")) {
      return secured(problem("TOO_LARGE", negotiateLocale(request.headers.get("accept-language")), "api.errors.tooLarge"));
    }
    const t = translator(localeOfVisitor(localeCookieOf(request.headers.get("cookie")), request.headers.get("accept-language")));
    return secured(
      new NextResponse(t("errors.tooLarge"), {
        status: httpStatusOf("TOO_LARGE"),
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    );
  }

  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  renewSessionCookie(request, response);
  return secured(response);
}

export const config = {
  // Every page, action and API route; not Next's static files nor images, nor the health
  // probes (JSON without session, called every few seconds by load balancers).
  matcher: [
    "/((?!_next/static|_next/image|favicon\\.ico|api/(?:health|ready)(?:/|$)|.*\\.(?:png|jpg|jpeg|gif|svg|ico|webp|avif|woff2?)$).*)",
  ],
};
