// Old links of a renamed organization: an /orgs/<previous URL name>/… path answers with a
// redirect to the same path under the current name, for 90 days after the rename
// (previous-slugs.ts), and only to someone who may open the organization: anyone else gets
// the same 404 as for a name that never existed. Runs only when the name matched nothing.
import type { Prisma } from "@/lib/db/generated/client";
import { loadOrgAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors/app-error";
import { routes } from "@/lib/routes";
import { textProblem } from "@/lib/validation/text";
import { currentSlugOf } from "./previous-slugs";

type QueryDb = { $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> };

/** `path` (an /orgs/<slug>… path, with its query) under the organization's URL name `slug`. */
export function pathUnderSlug(path: string, slug: string): string {
  return path.replace(/^\/orgs\/[^/?#]*/, routes.organization(slug));
}

/** Where `path`, asked for under the URL name `slug` that names no organization, lives now; null when nowhere. */
export async function movedPath(db: QueryDb, userId: string, slug: string, path: string): Promise<string | null> {
  // The rule loadOrgAccess applies: control characters (a NUL byte fails the statement) or an overlong name name nothing.
  if (typeof slug !== "string" || textProblem(slug) || slug.length > 200) return null;
  const current = await currentSlugOf(db, slug);
  if (!current || !(await loadOrgAccess(db, userId, current))) return null;
  return pathUnderSlug(path, current);
}

/** For route handlers: the redirect answering a refusal NOT_FOUND of a renamed organization's old link, else null. */
export async function movedResponse(
  db: QueryDb,
  error: unknown,
  actor: { userId: string } | null,
  slug: string,
  request: Request,
): Promise<Response | null> {
  if (!actor || !(error instanceof AppError) || error.code !== "NOT_FOUND") return null;
  const url = new URL(request.url);
  const moved = await movedPath(db, actor.userId, slug, `${url.pathname}${url.search}`);
  return moved ? new Response(null, { status: 307, headers: { location: moved, "cache-control": "no-store" } }) : null;
}
