"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { retryEmail } from "@/lib/mail/organization-emails";

export async function retryEmailAction(slug: string, _previous: unknown, formData: FormData) {
  const result = await retryEmail.call(await currentActor(), slug, formData, { locale: await getRequestLocale() });
  if (result.ok) revalidatePath(`/orgs/${slug}/settings/emails`);
  return result;
}
