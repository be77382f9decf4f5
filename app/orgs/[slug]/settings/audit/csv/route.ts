// GET: the filtered audit log as CSV (same capability as the page).
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { currentActor } from "@/lib/auth/session";
import { translator } from "@/lib/i18n";
import { getRequestLocale } from "@/lib/i18n/server";
import { exportAuditLogCsv } from "@/lib/audit/export-audit-log";
import { singleValued } from "@/lib/validation/search-params";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  try {
    const access = await authorize(db, actor, (await params).slug, "audit.view");
    const { stream, fileName } = await exportAuditLogCsv(access, actor!, singleValued(new URL(request.url).searchParams), locale);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      return new Response(translator(locale)(error.messageKey, error.options.params), {
        status: httpStatusOf(error.code),
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
