// SPEC §4 "Contacts added automatically": admin invitations, orders naming an
// unknown licensee or billing contact, and reassignment to a new person all add the
// person with no organization-wide role, or find the contact already there. Accepting a
// contact invitation goes through here too, with the invitation's roles and the user.
import type { Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/db/generated/client";
import type { ContactRoleType, ContactSource, Locale } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { contactSearchText, normalizeEmail } from "./search-text";

/** Sources where the app adds the person as a side effect, not because someone chose to add them. */
const AUTOMATIC_SOURCES: readonly ContactSource[] = ["ORDER", "ADMIN_INVITATION", "REASSIGNMENT"];

export type AddOrFindInput = {
  organizationId: string;
  email: string;
  /** Used only when the contact is created; defaults to the part of the email before the @. */
  name?: string | null;
  /** Used only when the contact is created; defaults to English. */
  language?: Locale;
  source: ContactSource;
  /** Who adds the contact, for the audit events (null: the app itself). */
  actor: Actor | null;
  /**
   * The user to link the contact to, created or found. Without it, the database links the
   * contact to the account with its email, if any (Contact.userId).
   */
  userId?: string;
  /** Roles to give the contact, added to those it already has (none is taken away). */
  roles?: readonly ContactRoleType[];
  /** Make a found INVITED contact ACTIVE. */
  activate?: boolean;
  /** Extra metadata for the audit events: why the contact was added or found. */
  auditMetadata?: Record<string, Prisma.InputJsonValue>;
};

export type AddOrFindResult = {
  contact: { id: string; name: string; email: string; status: "ACTIVE" | "INVITED" | "DISABLED"; language: Locale };
  created: boolean;
  /** The roles the contact did not have before (all of `roles` for a new contact). */
  addedRoles: ContactRoleType[];
};

const contactFields = { id: true, name: true, email: true, status: true, language: true, userId: true } as const;

/**
 * Adds the contact, or finds the one with that email, and locks its row until the
 * transaction ends (so a concurrent disable waits, and the caller may act on its status).
 * A found DISABLED contact is returned unchanged: only an admin re-enables a contact, so
 * whether to refuse or go on is the caller's decision.
 */
export async function addOrFindContact(tx: Tx, input: AddOrFindInput): Promise<AddOrFindResult> {
  const email = normalizeEmail(input.email);
  const name = input.name?.trim() || email.split("@")[0];
  const roles = [...new Set(input.roles ?? [])];
  // ON CONFLICT makes a concurrent add of the same email find the other one's row.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "userId", "createdAt", "updatedAt")
    VALUES (gen_random_uuid()::text, ${input.organizationId}, ${name}, ${email}, ${input.language ?? "en"}::"Locale", 'ACTIVE', ${input.source}::"ContactSource",
            ${contactSearchText(name, email)}, ${input.userId ?? null}::text, now(), now())
    ON CONFLICT ("organizationId", email) DO NOTHING
    RETURNING id`;
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Contact" WHERE "organizationId" = ${input.organizationId} AND email = ${email} FOR UPDATE`;
  const { userId: linkedUserId, ...contact } = await tx.contact.findUniqueOrThrow({ where: { id: locked.id }, select: contactFields });

  if (inserted.length > 0) {
    if (roles.length > 0)
      await tx.contactRole.createMany({
        data: roles.map((role) => ({ organizationId: input.organizationId, contactId: contact.id, role })),
      });
    await audit(tx, input.actor, {
      organizationId: input.organizationId,
      action: "contact.created",
      targetType: "Contact",
      targetId: contact.id,
      metadata: {
        email,
        source: input.source,
        automatic: AUTOMATIC_SOURCES.includes(input.source),
        ...(roles.length ? { roles } : {}),
        ...input.auditMetadata,
      },
    });
    return { contact, created: true, addedRoles: roles };
  }
  if (contact.status === "DISABLED") return { contact, created: false, addedRoles: [] };

  const had = await tx.contactRole.findMany({
    where: { organizationId: input.organizationId, contactId: contact.id },
    select: { role: true },
  });
  const addedRoles = roles.filter((role) => !had.some((h) => h.role === role));
  const status = input.activate && contact.status === "INVITED" ? "ACTIVE" : contact.status;
  const userId = input.userId ?? linkedUserId;
  if (addedRoles.length === 0 && status === contact.status && userId === linkedUserId) return { contact, created: false, addedRoles };

  if (status !== contact.status || userId !== linkedUserId) {
    await tx.contact.update({ where: { id: contact.id, organizationId: input.organizationId }, data: { status, userId } });
  }
  if (addedRoles.length > 0) {
    await tx.contactRole.createMany({
      data: addedRoles.map((role) => ({ organizationId: input.organizationId, contactId: contact.id, role })),
      skipDuplicates: true,
    });
  }
  await audit(tx, input.actor, {
    organizationId: input.organizationId,
    action: "contact.updated",
    targetType: "Contact",
    targetId: contact.id,
    metadata: {
      previousStatus: contact.status,
      ...(status !== contact.status ? { status } : {}),
      ...(userId !== linkedUserId ? { linkedUserId: userId } : {}),
      addedRoles,
      ...input.auditMetadata,
    },
  });
  return { contact: { ...contact, status }, created: false, addedRoles };
}
