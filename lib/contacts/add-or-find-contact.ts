// SPEC §4 "Contacts added automatically": admin invitations, orders naming an
// unknown licensee or billing contact, and reassignment to a new person all add the
// person with no organization-wide role, or find the contact already there.
import type { Tx } from "@/lib/db/prisma";
import type { ContactSource, Locale } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contactSearchText, normalizeEmail } from "./search-text";

export type AddOrFindInput = {
  organizationId: string;
  email: string;
  /** Used only when the contact is created; defaults to the part of the email before the @. */
  name?: string | null;
  language?: Locale;
  source: ContactSource;
  actorUserId: string | null;
};

export type AddOrFindResult = { contact: { id: string; name: string; email: string; status: "ACTIVE" | "INVITED" | "DISABLED"; language: Locale }; created: boolean };

export async function addOrFindContact(tx: Tx, input: AddOrFindInput): Promise<AddOrFindResult> {
  const email = normalizeEmail(input.email);
  const name = input.name?.trim() || email.split("@")[0];
  // ON CONFLICT makes a concurrent add of the same email find the other one's row.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "userId", "createdAt", "updatedAt")
    VALUES (gen_random_uuid()::text, ${input.organizationId}, ${name}, ${email}, ${input.language ?? "en"}::"Locale", 'ACTIVE', ${input.source}::"ContactSource",
            ${contactSearchText(name, email)}, (SELECT id FROM "User" WHERE email = ${email}), now(), now())
    ON CONFLICT ("organizationId", email) DO NOTHING
    RETURNING id`;
  const contact = await tx.contact.findUniqueOrThrow({
    where: { organizationId_email: { organizationId: input.organizationId, email } },
    select: { id: true, name: true, email: true, status: true, language: true },
  });
  const created = inserted.length > 0;
  if (created) {
    await recordAuditEvent(tx, {
      organizationId: input.organizationId, actorUserId: input.actorUserId, action: "contact.created",
      targetType: "Contact", targetId: contact.id, metadata: { email, source: input.source, automatic: true },
    });
  }
  return { contact, created };
}
