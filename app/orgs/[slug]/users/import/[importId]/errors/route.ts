// GET: the rows of an import's preview that have an error, with their reason, as CSV.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { AccessError } from "@/lib/errors/app-error";
import { getRequestLocale } from "@/lib/i18n/server";
import { importErrorsCsv } from "@/lib/users/import/import-csv-files";
import { loadUserImport } from "@/lib/users/import/read-user-imports";
import { csvResponse, refusalResponse } from "@/lib/users/import/import-responses";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; importId: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug, importId } = await params;
  try {
    const access = await authorize(db, actor, slug, "users.add");
    const found = await loadUserImport(access.organization.id, importId);
    if (!found) throw new AccessError("NOT_FOUND");
    const { stream, fileName } = importErrorsCsv(found.id, locale);
    return csvResponse(stream, fileName);
  } catch (error) {
    return refusalResponse(error, actor, slug, request, locale);
  }
}
