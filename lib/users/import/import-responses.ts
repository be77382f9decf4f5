// The answers of the import's file routes: a CSV download, or the refusal (its status and
// message in the viewer's language; an organization's old URL name redirects).
import { db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/access";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { translator, type Locale } from "@/lib/i18n";
import { movedResponse } from "@/lib/orgs/moved-organization";

export function csvResponse(body: string | ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}

export async function refusalResponse(
  error: unknown,
  actor: Actor | null,
  slug: string,
  request: Request,
  locale: Locale,
): Promise<Response> {
  const moved = await movedResponse(db, error, actor, slug, request);
  if (moved) return moved;
  if (error instanceof AppError) {
    return new Response(translator(locale)(error.messageKey, error.options.params), {
      status: httpStatusOf(error.code),
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  throw error;
}
