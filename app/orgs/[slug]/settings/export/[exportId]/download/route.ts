// GET: a ready data export's ZIP (org admins, as the page), streamed from the export storage.
import { Readable } from "node:stream";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { currentActor } from "@/lib/auth/session";
import { translator } from "@/lib/i18n";
import { getRequestLocale } from "@/lib/i18n/server";
import { openDataExport } from "@/lib/data-export/download-export";
import { exportStorage } from "@/lib/storage/export-storage";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; exportId: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug, exportId } = await params;
  try {
    const access = await authorize(db, actor, slug, "data.export");
    const { stream, fileName, bytes } = await openDataExport(access, actor!, exportId, exportStorage());
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${fileName}"`,
        ...(bytes !== null ? { "content-length": String(bytes) } : {}),
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
