"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { createOrganization } from "@/lib/orgs/create-organization";
import { listSwitcherOrganizations } from "@/lib/orgs/switcher-organizations";
import { routes } from "@/lib/routes";
import type { ActionResult } from "@/lib/actions/result";

export async function createOrganizationAction(_previous: ActionResult<{ slug: string }> | null, formData: FormData) {
  const result = await createOrganization.call(await currentActor(), formData, { locale: await getRequestLocale() });
  if (result.ok) redirect(routes.organization(result.data.slug));
  return result;
}

/** The organization switcher's list, loaded when it opens (no statement on page views). */
export async function listSwitcherOrganizationsAction() {
  return listSwitcherOrganizations.call(await currentActor(), {}, { locale: await getRequestLocale() });
}
