import "server-only";
// The request's language and translator, for server components, pages and actions. Pages
// translate through next-intl's request configuration (request.ts); getTranslator() adds
// the French elision step every translator shares (see typography.ts).
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { isLocale, type Locale } from "./locales";
import { finishMessage } from "./typography";
import { visitorLocale } from "./visitor-locale";
import type { Params, Translate } from "./index";

export { visitorLocale } from "./visitor-locale";

/** The request's language: the signed-in user's choice, else the cookie, else Accept-Language. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  if (user && isLocale(user.locale)) return user.locale;
  return visitorLocale();
});

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const [base, locale] = await Promise.all([getTranslations(), getLocale()]);
  // MessageKey checks the keys; next-intl's stricter argument types need literal keys.
  const loose = base as unknown as (key: string, values?: Params) => string;
  return { t: (key, params) => finishMessage(loose(key, params)), locale };
}
