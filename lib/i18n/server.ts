import "server-only";
// The request's language and translator, for server components, pages and actions.
// getTranslator() hands out the language's one translator of the process (index.ts: same
// catalog, ICU formatting, UTC and French elision as next-intl's request configuration,
// request.ts) rather than next-intl's getTranslations(), which makes a translator and a
// formatter cache per request, so every message was parsed again on every view.
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { isLocale, type Locale } from "./locales";
import { visitorLocale } from "./visitor-locale";
import { translator, type Translate } from "./index";

export { visitorLocale } from "./visitor-locale";

/** The request's language: the signed-in user's choice, else the cookie, else Accept-Language. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const user = await getSessionUser();
  if (user && isLocale(user.locale)) return user.locale;
  return visitorLocale();
});

export async function getTranslator(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getRequestLocale();
  return { t: translator(locale), locale };
}
