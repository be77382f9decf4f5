"use server";
// Thin server actions of the contacts page: caller + locale in, use case, refresh.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import type { ActionResult } from "@/lib/actions/result";
import { addContact } from "@/lib/contacts/add-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { enableContact } from "@/lib/contacts/enable-contact";
import { disableAndReassignContact } from "@/lib/contacts/disable-and-reassign-contact";
import { listContactOrders, suggestReplacementContacts } from "@/lib/contacts/contact-orders";

type Action<R> = { call(actor: Awaited<ReturnType<typeof currentActor>>, slug: string, raw: FormData | Record<string, unknown>, options: { locale: "en" | "fr" }): Promise<ActionResult<R>> };

async function run<R>(action: Action<R>, slug: string, raw: FormData | Record<string, unknown>, refresh = true): Promise<ActionResult<R>> {
  const result = await action.call(await currentActor(), slug, raw, { locale: await getRequestLocale() });
  if (result.ok && refresh) revalidatePath(`/orgs/${slug}/contacts`);
  return result;
}

export async function addContactAction(slug: string, _previous: unknown, formData: FormData) {
  return run(addContact, slug, formData);
}
export async function updateContactAction(slug: string, _previous: unknown, formData: FormData) {
  return run(updateContact, slug, formData);
}
export async function disableContactAction(slug: string, _previous: unknown, formData: FormData) {
  return run(disableContact, slug, formData);
}
export async function enableContactAction(slug: string, _previous: unknown, formData: FormData) {
  return run(enableContact, slug, formData);
}
export async function disableAndReassignContactAction(slug: string, _previous: unknown, formData: FormData) {
  return run(disableAndReassignContact, slug, formData);
}
export async function listContactOrdersAction(slug: string, contactId: string) {
  return run(listContactOrders, slug, { contactId }, false);
}
export async function suggestReplacementContactsAction(slug: string, q: string, excludeId: string) {
  return run(suggestReplacementContacts, slug, { q, excludeId }, false);
}
