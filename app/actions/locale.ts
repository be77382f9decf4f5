"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/lib/i18n";
import { currentActor } from "@/lib/auth/session";
import { localeSchema, updateUserLocale } from "@/lib/users/update-locale";
import { formDataToObject } from "@/lib/actions/form-data";

/** Switches the interface language; remembered in a cookie and on the account. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  const actor = await currentActor();
  if (actor) await updateUserLocale(actor, parsed.data.locale);
  revalidatePath("/", "layout");
}
