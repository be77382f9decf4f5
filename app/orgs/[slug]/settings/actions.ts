"use server";
// Thin server actions of Settings: caller + locale in, use case, refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import { updateOrganizationInfo } from "@/lib/orgs/update-organization-info";
import { changePlan } from "@/lib/orgs/change-plan";
import { routes } from "@/lib/routes";

export async function updateOrganizationInfoAction(slug: string, _previous: unknown, formData: FormData) {
  // The name shows in every page's header: refresh them all.
  return runOrgAction(updateOrganizationInfo, slug, formData, (s) => ({ path: routes.organization(s), scope: "layout" }));
}

export async function changePlanAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(changePlan, slug, formData, routes.plan);
}
