"use server";
// Thin server actions of the verified-domains page: the caller, the language, the use case, then a refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import type { ActionResult } from "@/lib/actions/result";
import { addDomain, type AddDomainResult } from "@/lib/domains/add-domain";
import { verifyDomain, type VerifyDomainResult } from "@/lib/domains/verify-domain";
import { removeDomain } from "@/lib/domains/remove-domain";
import { routes } from "@/lib/routes";

const pagePath = (slug: string) => routes.domains(slug);

export async function addDomainAction(
  slug: string,
  _previous: ActionResult<AddDomainResult> | null,
  formData: FormData,
): Promise<ActionResult<AddDomainResult>> {
  return runOrgAction(addDomain, slug, formData, pagePath);
}

export async function verifyDomainAction(
  slug: string,
  _previous: ActionResult<VerifyDomainResult> | null,
  formData: FormData,
): Promise<ActionResult<VerifyDomainResult>> {
  return runOrgAction(verifyDomain, slug, formData, pagePath);
}

export async function removeDomainAction(
  slug: string,
  _previous: ActionResult<{ id: string; domain: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string; domain: string }>> {
  return runOrgAction(removeDomain, slug, formData, pagePath);
}
