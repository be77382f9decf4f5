// CSV export of the filtered contacts list, streamed in batches.
import { db } from "@/lib/db/prisma";
import { AccessError, authorize } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n";
import { contactListQuerySchema } from "@/lib/contacts/schemas";
import { iterateContacts } from "@/lib/contacts/list-contacts";
import { contactCsvLine, contactsCsvHeader } from "@/lib/contacts/contacts-csv";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { CSV_BOM } from "@/lib/csv";

const STATUS: Record<AccessError["code"], number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403, READ_ONLY: 403 };

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await currentActor();
  let access;
  try {
    access = await authorize(db, actor, slug, "contacts.view");
  } catch (error) {
    if (error instanceof AccessError) return new Response(null, { status: STATUS[error.code] });
    throw error;
  }
  const query = contactListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const m = messagesFor(await getRequestLocale());
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      organizationId: access.organization.id, actorUserId: actor!.userId, action: "contacts.exported", targetType: "Organization",
      targetId: access.organization.id, metadata: { q: query.q, status: query.status ?? null, role: query.role ?? null }, ip: actor!.ip, userAgent: actor!.userAgent,
    }),
  );
  const encoder = new TextEncoder();
  const batches = iterateContacts(db, access.organization.id, query);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + contactsCsvHeader(m)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => contactCsvLine(row, m)).join("")));
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="contacts-${access.organization.slug}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}
