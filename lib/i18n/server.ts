import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, localeOfVisitor, translator, type Locale, type Translate } from "./index";
import { getSessionUser } from "@/lib/auth/session";

/** The request's language: the signed-in user's choice, else the cookie, else Accept-Language. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  if (user && isLocale(user.locale)) return user.locale;
  return visitorLocale();
});

/** The language of the request without looking at the account (cookie, else Accept-Language). */
export async function visitorLocale(): Promise<Locale> {
  return localeOfVisitor((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getRequestLocale();
  return { t: translator(locale), locale };
}
