import "server-only";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { Actor } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n";
import type { ActionResult } from "./result";

type Callable<R> = { call(actor: Actor | null, slug: string, raw: FormData | Record<string, unknown>, options: { locale: Locale }): Promise<ActionResult<R>> };

/**
 * What every thin server action does: the caller and language of this request,
 * the use case, then (after a change) a refresh of the page that shows it.
 */
export async function runOrgAction<R>(action: Callable<R>, slug: string, raw: FormData | Record<string, unknown>, refreshPath?: string): Promise<ActionResult<R>> {
  const result = await action.call(await currentActor(), slug, raw, { locale: await getRequestLocale() });
  if (result.ok && refreshPath) revalidatePath(refreshPath);
  return result;
}
