// Auth.js's database-session cookie, kept as long-lived as the session it names.
import type { NextRequest, NextResponse } from "next/server";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-lifetime";

/** Auth.js's database-session cookie (the __Secure- form when the app is served over HTTPS). */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** Set with a renewed session cookie: while it lives, the session cookie is not renewed again. */
const RENEWED_COOKIE = "roster_session_renewed";

/**
 * Auth.js gives the session cookie the session's expiry when it signs in, and renews it
 * only in /api/auth/session, which no page calls: though use extends the session row
 * (request-context.ts), the browser would drop the cookie at the first expiry, mid-work. So
 * a GET that carries it renews it for the full lifetime, at most once per
 * SESSION_UPDATE_AGE_SECONDS per browser (the marker cookie). The database stays the
 * authority: the cookie of an expired or deleted session signs no one in. Never on
 * Auth.js's own routes nor on a POST (server actions): they set or clear this cookie
 * themselves (sign-in, sign-out), and two of one name in one response would race.
 */
export function renewSessionCookie(request: NextRequest, response: NextResponse): void {
  if (request.method !== "GET" || request.nextUrl.pathname.startsWith("/api/auth") || request.cookies.has(RENEWED_COOKIE)) return;
  const name = SESSION_COOKIES.find((candidate) => request.cookies.get(candidate)?.value);
  if (!name) return;
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-") } as const;
  response.cookies.set(name, request.cookies.get(name)!.value, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
  response.cookies.set(RENEWED_COOKIE, "1", { ...options, maxAge: SESSION_UPDATE_AGE_SECONDS });
}
