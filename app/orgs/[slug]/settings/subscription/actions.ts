"use server";
// Thin server actions of the subscription page and of the cancelled banner: caller + locale
// in, use case, refresh (every page of the organization shows the state, so the layout).
import { redirect } from "next/navigation";
import { runOrgAction, type Refresh } from "@/lib/actions/run-org-action";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { reactivateSubscription } from "@/lib/subscription/reactivate-subscription";
import { deleteOrganizationNow } from "@/lib/subscription/delete-organization-now";
import { routes } from "@/lib/routes";

const everyPage = (slug: string): Refresh => ({ path: routes.organization(slug), scope: "layout" });

export async function cancelSubscriptionAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(cancelSubscription, slug, formData, everyPage);
}
export async function reactivateSubscriptionAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(reactivateSubscription, slug, formData, everyPage);
}
export async function deleteOrganizationNowAction(slug: string, _previous: unknown, formData: FormData) {
  const result = await runOrgAction(deleteOrganizationNow, slug, formData);
  // The organization is gone: back to the list of the person's organizations.
  if (result.ok) redirect(routes.home());
  return result;
}
