import "server-only";
import { getOrgAccess } from "@/lib/auth/request-context";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey, Params } from "@/lib/i18n";

/** "Page — Organization" (the root layout's title template adds the app's name), from the request's access (no extra statement). */
export async function pageTitle(slug: string, key: MessageKey, params?: Params): Promise<string> {
  const [{ t }, { access }] = await Promise.all([getTranslator(), getOrgAccess(slug)]);
  return [t(key, params), access?.organization.name].filter(Boolean).join(" — ");
}
