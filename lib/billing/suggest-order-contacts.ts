// Active contacts matching what the person placing an order types (name or email), for the
// licensee and billing contact pickers: one indexed statement, a handful of rows.
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/prisma";
import { likePattern } from "@/lib/db/like-pattern";
import { defineOrgAction } from "@/lib/actions/define-action";
import { BILLING_AREA } from "@/lib/auth/capabilities";
import { foldForSearch } from "@/lib/contacts/search-text";

export const SUGGESTIONS = 8;

export const suggestOrderContacts = defineOrgAction({
  capability: "billing.manage",
  visibleWith: BILLING_AREA,
  schema: z.object({ q: z.string().trim().max(100).catch("") }),
  write: false,
  async run({ access, input }) {
    const term = foldForSearch(input.q);
    if (term.length < 2) return [];
    return db.$queryRaw<{ id: string; name: string; email: string }[]>(Prisma.sql`
      SELECT c.id, c.name, c.email FROM "Contact" c
      WHERE c."organizationId" = ${access.organization.id} AND c.status = 'ACTIVE' AND c."searchText" LIKE ${likePattern(term)}
      ORDER BY c."searchText" LIMIT ${SUGGESTIONS}`);
  },
});
