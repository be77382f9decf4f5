import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "./auth";
import type { Locale } from "@/lib/i18n";
import type { Actor } from "./access";

export type SessionUser = { id: string; email: string; name: string | null; locale: Locale };

/** The signed-in user of this request, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; email?: string | null; name?: string | null; locale?: Locale } | undefined;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, locale: user.locale ?? "en" };
});

/** The caller of a server action, with where the request came from (for the audit log). */
export async function currentActor(): Promise<Actor | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const h = await headers();
  return {
    userId: user.id,
    // Only a proxy we run sets X-Forwarded-For truthfully; a client can send anything.
    ip: process.env.TRUST_PROXY === "1" ? (h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null) : null,
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}
