import "server-only";
import { headers } from "next/headers";
import { config } from "@/lib/config";
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
    // Only a proxy we run sets X-Forwarded-For truthfully; a client can send anything.
    ip: config().TRUST_PROXY === "on" ? (h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null) : null,
    userAgent: h.get("user-agent")?.slice(0, 300) ?? null,
  };
}
