// next-intl's request configuration (registered in next.config.ts), without locale routing:
// URLs carry no language; it comes from the account, else the cookie, else Accept-Language.
import { getRequestConfig } from "next-intl/server";
import { catalogs } from "./catalogs";
import type { en } from "./messages/en";
import { reportIntlError } from "./index";
import { getRequestLocale } from "./server";

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  // Dates are formatted in UTC everywhere (see format.ts), on the server and in the browser alike.
  // French has exactly English's keys (checked by its type), with other wording than the literal types of `en`.
  const messages = catalogs[locale] as unknown as typeof en;
  return { locale, messages, timeZone: "UTC", onError: reportIntlError };
});
