// Auth.js v5: email-link sign-in, database sessions through the Prisma adapter.
// The sign-in email goes through our outbox like every other email.
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { withHashedSessionTokens } from "./hashed-session-adapter";
import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { localeCookieOf, localeOfVisitor } from "@/lib/i18n/negotiate";
import { visitorLocale } from "@/lib/i18n/visitor-locale";
import { sendSignInLink } from "./send-sign-in-link";
import { refuseSignIn, SignInRefused } from "./sign-in-refused";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { onSignedIn, onUserCreated } from "./events";
import { appUrl, config } from "@/lib/config";
import { sameSitePath } from "./same-site-path";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-lifetime";
import { routes } from "@/lib/routes";

function localeFromRequest(request: Request | undefined): Locale {
  return localeOfVisitor(localeCookieOf(request?.headers.get("cookie")), request?.headers.get("accept-language"));
}

/** The language the person was using when they followed the link: a new account starts in it. */
async function callbackRequestLocale(): Promise<Locale> {
  try {
    return await visitorLocale();
  } catch {
    // Outside a request (no cookies or headers to read): the default language.
    return "en";
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Prisma 7's generated client is structurally what the adapter expects; its types name Prisma 6's.
  // Sessions are stored by the hash of their token (hashed-session-adapter.ts).
  adapter: withHashedSessionTokens(PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0])),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  trustHost: true,
  secret: config().AUTH_SECRET,
  pages: { signIn: routes.signIn(), verifyRequest: routes.signInCheckEmail(), error: routes.signInError() },
  providers: [
    Nodemailer({
      // Required by the provider, unused: sendVerificationRequest writes to the outbox.
      server: config().SMTP_URL ?? "smtp://127.0.0.1:25",
      maxAge: config().SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        const result = await sendSignInLink({
          email: identifier,
          url,
          requestLocale: localeFromRequest(request),
          clientIp: clientIp(request.headers),
        });
        // Also while a budget is used up and this link was sent: the page says the same for every address.
        if (result.refused) refuseSignIn(result.refused);
      },
    }),
  ],
  logger: {
    // An expected refusal, already logged once by sendSignInLink.
    error(error) {
      if (!(error instanceof SignInRefused)) console.error("[auth][error]", error);
    },
  },
  callbacks: {
    // Where Auth.js leads after the emailed link and sign-out, and what it keeps in its
    // callback-url cookie: a path of this site only (the default lets "/.//evil.com" through,
    // and fails with a 500 on a callbackUrl that is not a URL).
    redirect({ url }) {
      return appUrl(sameSitePath(url));
    },
    // What /api/auth/session tells any script of the page: who is signed in and until when.
    // Never the session row (its sessionToken is the HttpOnly cookie's value) nor ids: the
    // app reads the session on the server (request-context.ts), and no client code asks.
    session({ session, user }) {
      return { user: { name: user.name ?? null, email: user.email, image: user.image ?? null }, expires: session.expires };
    },
  },
  events: {
    async createUser({ user }) {
      if (user.id) await onUserCreated(user.id, await callbackRequestLocale());
    },
    async signIn({ user }) {
      if (user.id) await onSignedIn(user.id);
    },
  },
});
