"use server";
// Thin server actions of the API keys page: the caller, the language, the use case, then a refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import type { ActionResult } from "@/lib/actions/result";
import { createApiKey, type CreatedApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { routes } from "@/lib/routes";

const pagePath = (slug: string) => routes.apiKeys(slug);

export async function createApiKeyAction(
  slug: string,
  _previous: ActionResult<CreatedApiKey> | null,
  formData: FormData,
): Promise<ActionResult<CreatedApiKey>> {
  return runOrgAction(createApiKey, slug, formData, pagePath);
}

export async function revokeApiKeyAction(
  slug: string,
  _previous: ActionResult<{ id: string; name: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string; name: string }>> {
  return runOrgAction(revokeApiKey, slug, formData, pagePath);
}
