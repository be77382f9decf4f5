// GET: the filtered contacts list as CSV.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { exportContactsCsv } from "@/lib/contacts/export-contacts";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  let access;
  try {
    access = await authorize(db, actor, (await params).slug, "contacts.view");
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: httpStatusOf(error.code) });
    throw error;
  }
  const { stream, fileName } = await exportContactsCsv(access, actor!, Object.fromEntries(new URL(request.url).searchParams), await getRequestLocale());
  return new Response(stream, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
  });
}
