"use server";
import { runOrgAction } from "@/lib/actions/run-org-action";
import { retryEmail } from "@/lib/mail/organization-emails";
import { routes } from "@/lib/routes";

export async function retryEmailAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(retryEmail, slug, formData, (slug) => routes.emails(slug));
}
