// GET: the filtered contacts list as CSV.
import { db } from "@/lib/db/prisma";
import { AccessError, authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { exportContactsCsv } from "@/lib/contacts/export-contacts";

const STATUS: Record<AccessError["code"], number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403, READ_ONLY: 403 };

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  let access;
  try {
    access = await authorize(db, actor, (await params).slug, "contacts.view");
  } catch (error) {
    if (error instanceof AccessError) return new Response(null, { status: STATUS[error.code] });
    throw error;
  }
  const { stream, fileName } = await exportContactsCsv(access, actor!, Object.fromEntries(new URL(request.url).searchParams), await getRequestLocale());
  return new Response(stream, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" },
  });
}
