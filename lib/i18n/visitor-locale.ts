import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { localeOfVisitor } from "./negotiate";

/** The language of the request without looking at the account (cookie, else Accept-Language). */
export async function visitorLocale(): Promise<Locale> {
  return localeOfVisitor((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}
