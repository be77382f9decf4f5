// Auth.js v5: email-link sign-in, database sessions through the Prisma adapter.
// The sign-in email goes through our outbox like every other email.
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/prisma";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { localeCookieOf, localeOfVisitor } from "@/lib/i18n/negotiate";
import { visitorLocale } from "@/lib/i18n/visitor-locale";
import { sendSignInLink } from "./send-sign-in-link";
import { refuseSignIn, SignInRefused } from "./sign-in-refused";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { onSignedIn, onUserCreated } from "./events";
import { config } from "@/lib/config";

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
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  trustHost: true,
  secret: config().AUTH_SECRET,
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    Nodemailer({
      // Required by the provider, unused: sendVerificationRequest writes to the outbox.
      server: config().SMTP_URL ?? "smtp://127.0.0.1:25",
      maxAge: config().SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        const result = await sendSignInLink({ email: identifier, url, requestLocale: localeFromRequest(request), clientIp: clientIp(request.headers) });
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
    session({ session, user }) {
      const locale = (user as { locale?: unknown }).locale;
      return { ...session, user: { ...session.user, id: user.id, locale: isLocale(locale) ? locale : "en" } };
    },
  },
  events: {
    async createUser({ user }) {
      if (user.id && user.email) await onUserCreated(user.id, user.email, await callbackRequestLocale());
    },
    async signIn({ user }) {
      if (user.id) await onSignedIn(user.id);
    },
  },
});
