// GET: the filtered contacts list as CSV.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { currentActor } from "@/lib/auth/session";
import { translator } from "@/lib/i18n";
import { getRequestLocale } from "@/lib/i18n/server";
import { exportContactsCsv } from "@/lib/contacts/export-contacts";
import { singleValued } from "@/lib/validation/search-params";
import { movedResponse } from "@/lib/orgs/moved-organization";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug } = await params;
  try {
    const access = await authorize(db, actor, slug, "contacts.view");
    const { stream, fileName } = await exportContactsCsv(access, actor!, singleValued(new URL(request.url).searchParams), locale);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const moved = await movedResponse(db, error, actor, slug, request);
    if (moved) return moved;
    // Expected refusals (access, a refused search) answer with their status and message.
    if (error instanceof AppError) {
      return new Response(translator(locale)(error.messageKey, error.options.params), {
        status: httpStatusOf(error.code),
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
