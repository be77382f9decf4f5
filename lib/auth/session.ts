import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/rate-limit/client-ip";
import type { Actor } from "./access";
import { getRequestContext, type SessionUser } from "./request-context";

export type { SessionUser } from "./request-context";

/** The signed-in user of this request, or null. Cached per request (see request-context.ts). */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getRequestContext()).user;
}

/** The caller of a server action, with where the request came from (for the audit log). */
export async function currentActor(): Promise<Actor | null> {
  const user = await getSessionUser();
  if (!user) return null;
  const h = await headers();
  return {
    userId: user.id,
    // Only behind a proxy we run (TRUST_PROXY), from the entry it added: see client-ip.ts.
    ip: clientIp(h),
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}
