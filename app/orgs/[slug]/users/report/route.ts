// GET: the users report as CSV (everyone who sees users), in the viewer's language.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { exportUsersReport } from "@/lib/users/users-report";
import { csvResponse, refusalResponse } from "@/lib/users/import/import-responses";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug } = await params;
  try {
    const access = await authorize(db, actor, slug, "users.view");
    const { stream, fileName } = await exportUsersReport(access, actor!, locale);
    return csvResponse(stream, fileName);
  } catch (error) {
    return refusalResponse(error, actor, slug, request, locale);
  }
}
