import "server-only";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { Actor } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n";
import type { ActionResult } from "./result";

type Callable<R> = { call(actor: Actor | null, slug: string, raw: unknown, options: { locale: Locale }): Promise<ActionResult<R>> };

/** What to show again after a change: one page, or (`layout`) every page under a path. */
export type Refresh = { path: string; scope?: "page" | "layout" };

/**
 * After a committed change, a failed refresh must not turn the success into an error
 * (the person would retry a change that happened): it is logged, and the result stands.
 */
export function refreshAfterChange(refresh: Refresh): void {
  try {
    revalidatePath(refresh.path, refresh.scope);
  } catch (error) {
    console.error(`[action] refresh of ${refresh.path} failed after a committed change:`, error);
  }
}

/**
 * What every thin server action does: the caller and language of this request, the use
 * case (which checks access before it reads the input), then after a change a refresh of
 * what shows it. Every argument comes from the caller and may be anything, so none is
 * read here: the refreshed path is built only once the guard has accepted the slug.
 */
export async function runOrgAction<R>(
  action: Callable<R>,
  slug: string,
  raw: unknown,
  refresh?: (slug: string) => string | Refresh,
): Promise<ActionResult<R>> {
  const result = await action.call(await currentActor(), slug, raw, { locale: await getRequestLocale() });
  if (result.ok && refresh) {
    const target = refresh(slug);
    refreshAfterChange(typeof target === "string" ? { path: target } : target);
  }
  return result;
}
