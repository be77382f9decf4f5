import "server-only";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey, Params } from "@/lib/i18n";

/**
 * The page's own name: the organization layout's title template adds " — Organization — Roster"
 * (app/orgs/[slug]/layout.tsx). The slug is kept so callers need not change.
 */
export async function pageTitle(_slug: string, key: MessageKey, params?: Params): Promise<string> {
  const { t } = await getTranslator();
  return t(key, params);
}
