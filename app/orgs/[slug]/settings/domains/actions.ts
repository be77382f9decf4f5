"use server";
// Thin server actions of the verified-domains page: the caller, the language, the use case, then a refresh.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/actions/result";
import { addDomain, type AddDomainResult } from "@/lib/domains/add-domain";
import { verifyDomain, type VerifyDomainResult } from "@/lib/domains/verify-domain";
import { removeDomain } from "@/lib/domains/remove-domain";

const pagePath = (slug: string) => `/orgs/${encodeURIComponent(slug)}/settings/domains`;

export async function addDomainAction(slug: string, _previous: ActionResult<AddDomainResult> | null, formData: FormData): Promise<ActionResult<AddDomainResult>> {
  const result = await addDomain.call(await currentActor(), String(slug), formData, { locale: await getRequestLocale() });
  if (result.ok) revalidatePath(pagePath(slug));
  return result;
}

export async function verifyDomainAction(slug: string, _previous: ActionResult<VerifyDomainResult> | null, formData: FormData): Promise<ActionResult<VerifyDomainResult>> {
  const result = await verifyDomain.call(await currentActor(), String(slug), formData, { locale: await getRequestLocale() });
  if (result.ok) revalidatePath(pagePath(slug));
  return result;
}

export async function removeDomainAction(slug: string, _previous: ActionResult<{ id: string; domain: string }> | null, formData: FormData): Promise<ActionResult<{ id: string; domain: string }>> {
  const result = await removeDomain.call(await currentActor(), String(slug), formData, { locale: await getRequestLocale() });
  if (result.ok) revalidatePath(pagePath(slug));
  return result;
}
