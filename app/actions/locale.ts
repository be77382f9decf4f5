"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/prisma";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";
import { getSessionUser } from "@/lib/auth/session";

/** Switches the interface language; remembered in a cookie and on the account. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  const user = await getSessionUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  revalidatePath("/", "layout");
}
