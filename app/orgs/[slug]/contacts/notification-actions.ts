"use server";
// Thin server action of the contact dialog's "Emails this contact gets".
import { runOrgAction } from "@/lib/actions/run-org-action";
import { contactEmailFacts } from "@/lib/notifications/contact-email-facts";

export async function contactEmailFactsAction(slug: string, contactId: string) {
  return runOrgAction(contactEmailFacts, slug, { contactId });
}
