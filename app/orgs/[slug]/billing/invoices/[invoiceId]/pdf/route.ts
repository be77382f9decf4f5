// The invoice as a PDF download, behind the same guard and visibility rule as its page:
// whoever may not open the invoice gets the same status the page would give (404).
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";
import { loadInvoicePage } from "@/lib/billing/page-data";
import { renderInvoicePdf } from "@/lib/billing/invoice-pdf";
import { movedResponse } from "@/lib/orgs/moved-organization";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; invoiceId: string }> }) {
  const { slug, invoiceId } = await params;
  const actor = await currentActor();
  try {
    const access = await authorize(db, actor, slug, null);
    const invoice = await loadInvoicePage(db, access, invoiceId);
    const pdf = await renderInvoicePdf(invoice, await getRequestLocale());
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${invoice.number}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const moved = await movedResponse(db, error, actor, slug, request);
    if (moved) return moved;
    if (error instanceof AppError) return new Response(null, { status: httpStatusOf(error.code) });
    throw error;
  }
}
