import "server-only";
import { cache } from "react";
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { after } from "next/server";
import { db } from "@/lib/db/prisma";
import { canAny, type OrgAccess } from "./access";

export { canAny } from "./access";
import type { Capability } from "./capabilities";
import { lastActiveIsStale, touchMembership } from "./last-active";
import { getOrgAccess } from "./request-context";
import { REQUEST_PATH_HEADER } from "./request-path";
import { getSessionUser } from "./session";
import { sameSitePath } from "./same-site-path";
import { routes } from "@/lib/routes";
import { movedPath } from "@/lib/orgs/moved-organization";

/**
 * Once per request: a 404 runs through the layout, the page and its metadata, and each asks;
 * the previous URL names are looked up once (React's per-request cache).
 */
const movedPathOnce = cache((userId: string, slug: string, path: string) => movedPath(db, userId, slug, path));

/**
 * The page side of the guard: signed out → sign-in page (and back); a previous URL name of
 * an organization the person may open → the same page under its current name; not a member
 * or no such organization → 404; member without the capability → 403.
 */
export async function requirePageAccess(slug: string, capability: Capability | readonly Capability[] | null = null): Promise<OrgAccess> {
  const { user, access } = await getOrgAccess(slug);
  if (!user) redirect(routes.signIn(await requestedPath(routes.organization(slug))));
  if (!access) {
    const moved = await movedPathOnce(user.id, slug, await requestedPath(routes.organization(slug)));
    if (moved) redirect(moved);
    notFound();
  }
  if (capability && !canAny(access, capability)) forbidden();
  recordLastActive(access);
  return access;
}

/**
 * For areas that hide what a person may not open (Billing, SPEC §2 "everything else is
 * 404"): without any of the capabilities the page is a 404, not a 403.
 */
export async function requirePageAccessOr404(slug: string, capability: Capability | readonly Capability[]): Promise<OrgAccess> {
  const access = await requirePageAccess(slug);
  if (!canAny(access, capability)) notFound();
  return access;
}

// Layout and page of one request both pass here: write at most once per request.
const touchedThisRequest = cache(() => new Set<string>());

function recordLastActive(access: OrgAccess): void {
  const membershipId = access.membershipId;
  if (!membershipId || !lastActiveIsStale(access.lastActiveAt)) return;
  const touched = touchedThisRequest();
  if (touched.has(membershipId)) return;
  touched.add(membershipId);
  after(() => touchMembership(db, membershipId).catch((error) => console.error("[last-active]", error)));
}

/** The URL the visitor asked for (set by proxy.ts), to come back to after signing in. */
async function requestedPath(fallback: string): Promise<string> {
  return sameSitePath((await headers()).get(REQUEST_PATH_HEADER) ?? fallback);
}

export async function requireSignedIn(callbackUrl = "/") {
  const user = await getSessionUser();
  if (!user) redirect(routes.signIn(callbackUrl));
  return user;
}
