"use server";
// Thin server actions of the contacts page: caller + locale in, use case, refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import { addContact } from "@/lib/contacts/add-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { enableContact } from "@/lib/contacts/enable-contact";
import { disableAndReassignContact } from "@/lib/contacts/disable-and-reassign-contact";
import { listContactOrders, suggestReplacementContacts } from "@/lib/contacts/contact-orders";
import { describeEnable } from "@/lib/contacts/describe-enable";
import { routes } from "@/lib/routes";

const page = (slug: string) => routes.contacts(slug);

export async function addContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(addContact, slug, formData, page);
}
export async function updateContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(updateContact, slug, formData, page);
}
export async function disableContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(disableContact, slug, formData, page);
}
export async function enableContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(enableContact, slug, formData, page);
}
export async function disableAndReassignContactAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(disableAndReassignContact, slug, formData, page);
}
export async function listContactOrdersAction(slug: string, contactId: string) {
  return runOrgAction(listContactOrders, slug, { contactId });
}
export async function suggestReplacementContactsAction(slug: string, q: string, excludeId: string) {
  return runOrgAction(suggestReplacementContacts, slug, { q, excludeId });
}
export async function describeEnableAction(slug: string, contactId: string) {
  return runOrgAction(describeEnable, slug, { contactId });
}
