// GET: the users import template (header and two example rows) in the viewer's language.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { importTemplateCsv } from "@/lib/users/import/import-csv-files";
import { csvResponse, refusalResponse } from "@/lib/users/import/import-responses";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug } = await params;
  try {
    await authorize(db, actor, slug, "users.add");
    const { text, fileName } = importTemplateCsv(locale);
    return csvResponse(text, fileName);
  } catch (error) {
    return refusalResponse(error, actor, slug, request, locale);
  }
}
