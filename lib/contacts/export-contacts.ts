// The CSV export of the filtered contacts list: audited, streamed in batches.
import { db } from "@/lib/db/prisma";
import type { Actor, OrgAccess } from "@/lib/auth/access";
import { translator, type Locale } from "@/lib/i18n";
import { audit } from "@/lib/audit/audit";
import { CSV_BOM } from "@/lib/csv";
import { iterateContacts } from "./list-contacts";
import { contactCsvLine, contactsCsvHeader } from "./contacts-csv";
import { AppError } from "@/lib/errors/app-error";
import { parseContactListQuery } from "./schemas";
import type { SearchParams } from "@/lib/validation/search-params";

export async function exportContactsCsv(access: OrgAccess, actor: Actor, rawQuery: SearchParams, locale: Locale, batchSize = 2000) {
  const { query, searchProblem } = parseContactListQuery(rawQuery);
  if (searchProblem) throw new AppError("INVALID", searchProblem.messageKey, { field: "q", params: searchProblem.params });
  const t = translator(locale);
  await db.$transaction((tx) =>
    audit(tx, actor, {
      organizationId: access.organization.id,
      action: "contacts.exported",
      targetType: "Organization",
      targetId: access.organization.id,
      metadata: { q: query.q, status: query.status ?? null, role: query.role ?? null },
    }),
  );
  const encoder = new TextEncoder();
  const batches = iterateContacts(db, access.organization.id, query, batchSize);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + contactsCsvHeader(t)));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((row) => contactCsvLine(row, t)).join("")));
      } catch (error) {
        // A failed batch aborts the download instead of ending a truncated file normally.
        console.error("[export] contacts export failed:", error);
        controller.error(error);
      }
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return { stream, fileName: `contacts-${access.organization.slug}-${date}.csv` };
}
