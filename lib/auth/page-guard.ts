import "server-only";
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, type OrgAccess } from "./access";
import type { Capability } from "./capabilities";
import { getSessionUser } from "./session";
import { sameSitePath } from "./schemas";

// Layout and page of one request share a single access lookup.
const cachedAccess = cache((userId: string, slug: string) => loadOrgAccess(db, userId, slug));

/**
 * The page side of the guard: signed out → sign-in page (and back); not a member
 * or no such organization → 404; member without the capability → 403.
 */
export async function requirePageAccess(slug: string, capability: Capability | readonly Capability[] | null = null): Promise<OrgAccess> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(await requestedPath(`/orgs/${slug}`))}`);
  const access = await cachedAccess(user.id, slug);
  if (!access) notFound();
  if (capability && !canAny(access, capability)) forbidden();
  if (access.membershipId) void touchMembership(access.membershipId);
  return access;
}

/** A page open to several capabilities (e.g. Billing: billing admins and billing contacts) needs any one of them. */
export function canAny(access: OrgAccess, capability: Capability | readonly Capability[]): boolean {
  return typeof capability === "string" ? access.can(capability) : capability.some((c) => access.can(c));
}

/** Records "last active" at most every five minutes, off the request's critical path. */
async function touchMembership(membershipId: string): Promise<void> {
  await db.$executeRaw`UPDATE "Membership" SET "lastActiveAt" = now() WHERE id = ${membershipId} AND ("lastActiveAt" IS NULL OR "lastActiveAt" < now() - interval '5 minutes')`.catch(() => {});
}

/** The URL the visitor asked for (set by proxy.ts), to come back to after signing in. */
async function requestedPath(fallback: string): Promise<string> {
  return sameSitePath((await headers()).get("x-roster-path") ?? fallback);
}

export async function requireSignedIn(callbackUrl = "/") {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
