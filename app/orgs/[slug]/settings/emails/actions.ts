"use server";
import { runOrgAction } from "@/lib/actions/run-org-action";
import { retryEmail } from "@/lib/mail/organization-emails";

export async function retryEmailAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(retryEmail, slug, formData, (slug) => `/orgs/${slug}/settings/emails`);
}
