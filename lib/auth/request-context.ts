import "server-only";
// The signed-in person of this request and, on organization pages, their access, read in
// ONE statement: the session (by the hash of the Auth.js cookie), its user, and the organization named
// by the requested path (proxy.ts passes it) with the person's membership and contact.
// Cached per request, so the root layout, the organization layout, the page and its
// metadata share it. Reading the cookie here rather than through Auth.js's auth() saves
// its separate session and user queries; Auth.js still creates and deletes sessions, and
// use extends them here (session-lifetime.ts), after the response.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/db/generated/client";
import { isLocale, type Locale } from "@/lib/i18n";
import { REQUEST_PATH_HEADER, slugOfPath } from "./request-path";
import { accessColumns, accessFromRow, loadOrgAccess, type AccessRow, type OrgAccess } from "./access";
import { SESSION_COOKIES } from "./session-cookie";
import { storedSessionToken } from "./hashed-session-adapter";
import { extendSessionAfterResponse, SESSION_DUE_WITHIN_SECONDS } from "./session-lifetime";

export type SessionUser = { id: string; email: string; name: string | null; image: string | null; locale: Locale };

type ContextRow = AccessRow & {
  userId: string;
  email: string;
  name: string | null;
  image: string | null;
  locale: string;
  sessionDue: boolean;
};

type RequestContext = { user: SessionUser | null; access: { slug: string; value: OrgAccess | null } | null };

export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return { user: null, access: null };
  return loadRequestContext(token, slugOfPath((await headers()).get(REQUEST_PATH_HEADER)), after);
});

/**
 * The request's one statement for a session token and the organization of the requested
 * path. A session in use that is due for extension is extended by `afterResponse` (Next's
 * after(): the view itself only reads; tests pass their own).
 */
export async function loadRequestContext(
  token: string,
  slug: string | null,
  afterResponse: (task: () => Promise<void>) => void,
): Promise<RequestContext> {
  const { select, joins } = accessColumns({ slug });
  const stored = storedSessionToken(token);
  // Prisma stores DateTime as UTC in `timestamp without time zone`: compare with UTC now.
  const rows = await db.$queryRaw<ContextRow[]>(Prisma.sql`
    SELECT me.id AS "userId", me.email, me.name, me.image, me.locale::text AS locale,
      s.expires < (now() AT TIME ZONE 'UTC') + ${SESSION_DUE_WITHIN_SECONDS}::int * interval '1 second' AS "sessionDue", ${select}
    FROM "Session" s JOIN "User" me ON me.id = s."userId" ${joins}
    WHERE s."sessionToken" = ${stored} AND s.expires > (now() AT TIME ZONE 'UTC')`);
  const row = rows[0];
  if (!row) return { user: null, access: null };
  if (row.sessionDue) extendSessionAfterResponse(db, stored, afterResponse);
  const user: SessionUser = {
    id: row.userId,
    email: row.email,
    name: row.name,
    image: row.image,
    locale: isLocale(row.locale) ? row.locale : "en",
  };
  return { user, access: slug ? { slug, value: accessFromRow(user.id, row) } : null };
}

const loadOtherOrgAccess = cache((userId: string, slug: string) => loadOrgAccess(db, userId, slug));

/** The signed-in user's access to `slug`: from the request's own statement when the path named it, else one more. */
export async function getOrgAccess(slug: string): Promise<{ user: SessionUser | null; access: OrgAccess | null }> {
  const context = await getRequestContext();
  if (!context.user) return { user: null, access: null };
  if (context.access?.slug === slug) return { user: context.user, access: context.access.value };
  return { user: context.user, access: await loadOtherOrgAccess(context.user.id, slug) };
}
