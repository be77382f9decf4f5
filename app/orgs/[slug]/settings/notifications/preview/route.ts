// GET: one email of settings → Notifications, as one recipient would get it (language,
// reasons), with this organization's sample data: the HTML shown in the page's frame.
// Rendered here, in a route handler (no React Server Components layer: see
// lib/mail/render-email.ts); proxy.ts lets only the same site frame it, sandboxed.
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { translator } from "@/lib/i18n";
import { getRequestLocale } from "@/lib/i18n/server";
import { previewQuerySchema, renderNotificationPreview } from "@/lib/notifications/preview";
import { singleValued } from "@/lib/validation/search-params";
import { movedResponse } from "@/lib/orgs/moved-organization";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const locale = await getRequestLocale();
  const t = translator(locale);
  const plain = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  const actor = await currentActor();
  const { slug } = await params;
  try {
    const access = await authorize(db, actor, slug, "notifications.view");
    const query = previewQuerySchema.safeParse(singleValued(new URL(request.url).searchParams));
    if (!query.success) return plain(t("errors.invalid"), 400);
    const email = await renderNotificationPreview(access.organization, query.data);
    return new Response(email.html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" } });
  } catch (error) {
    const moved = await movedResponse(db, error, actor, slug, request);
    if (moved) return moved;
    if (error instanceof AppError) return plain(t(error.messageKey, error.options.params), httpStatusOf(error.code));
    throw error;
  }
}
