// GET: the access report as CSV — everyone who can open the organization, or one person
// (?person=<user id>) — with each capability and where it comes from, in the viewer's language.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { idField } from "@/lib/validation/fields";
import { exportAccessReport } from "@/lib/users/access-report";
import { csvResponse, refusalResponse } from "@/lib/users/import/import-responses";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await currentActor();
  const locale = await getRequestLocale();
  const { slug } = await params;
  try {
    // Members and contacts both show: whoever sees the users and the contacts (SPEC §2).
    const access = await authorize(db, actor, slug, "users.view");
    await authorize(db, actor, slug, "contacts.view");
    const person = idField.safeParse(new URL(request.url).searchParams.get("person") ?? "");
    const { stream, fileName } = await exportAccessReport(access, actor!, locale, person.success ? person.data : undefined);
    return csvResponse(stream, fileName);
  } catch (error) {
    return refusalResponse(error, actor, slug, request, locale);
  }
}
