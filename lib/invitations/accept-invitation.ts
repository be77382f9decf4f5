import { db } from "@/lib/db/prisma";
import { defineUserAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/actions/errors";
import { loadOrgAccess } from "@/lib/auth/access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contactSearchText, normalizeEmail } from "@/lib/contacts/search-text";
import { acceptInvitationSchema } from "./schemas";
import { assertValid, invitationState, lockContactInvitation } from "./state";
import { hashToken } from "./token";

export type AcceptedInvitation = {
  organization: { name: string; slug: string };
  contactId: string;
  /** False when a contact with the user's email was already on the list (it got the roles). */
  created: boolean;
  /** Whether the user can now open the organization (a membership, or a contact role that gives access). */
  hasAccess: boolean;
};

/**
 * Accepting a contact invitation (SPEC §4): the signed-in user becomes an ACTIVE contact of the
 * organization with the invitation's roles, linked to their account, once. Everything happens
 * in one transaction that first locks the invitation row, so of two racing accepts exactly
 * one succeeds and the other finds the invitation used. Expired, revoked or used: refused,
 * nothing changes.
 */
export const acceptInvitation = defineUserAction({
  schema: acceptInvitationSchema,
  async run({ actor, input }): Promise<AcceptedInvitation> {
    const result = await db.$transaction(async (tx) => {
      const invitation = await lockContactInvitation(tx, { tokenHash: hashToken(input.token) });
      assertValid(invitationState(invitation));
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: invitation.organizationId },
        select: { id: true, name: true, slug: true, subscriptionStatus: true },
      });
      if (organization.subscriptionStatus === "CANCELLED") throw new DomainError("invitations.errors.organizationReadOnly", { code: "READ_ONLY" });
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, email: true, name: true } });
      const email = normalizeEmail(user.email);
      const name = user.name?.trim() || email.split("@")[0];
      const roles = invitation.contactRoles;

      // A new contact, unless this email is already on the list; ON CONFLICT makes a
      // concurrent add of the same email (another flow) find that row instead of failing.
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "Contact" (id, "organizationId", name, email, language, status, source, "searchText", "userId", "createdAt", "updatedAt")
        VALUES (gen_random_uuid()::text, ${organization.id}, ${name}, ${email}, ${invitation.language}::"Locale", 'ACTIVE', 'INVITATION',
                ${contactSearchText(name, email)}, ${user.id}, now(), now())
        ON CONFLICT ("organizationId", email) DO NOTHING
        RETURNING id`;
      const created = inserted.length > 0;
      let contactId: string;
      if (created) {
        contactId = inserted[0].id;
      } else {
        const [existing] = await tx.$queryRaw<{ id: string; status: string }[]>`
          SELECT id, status::text AS status FROM "Contact" WHERE "organizationId" = ${organization.id} AND email = ${email} FOR UPDATE`;
        contactId = existing.id;
        const before = await tx.contactRole.findMany({ where: { contactId, organizationId: organization.id }, select: { role: true } });
        await tx.contact.update({ where: { id: contactId, organizationId: organization.id }, data: { status: "ACTIVE", userId: user.id, disabledAt: null } });
        await recordAuditEvent(tx, {
          organizationId: organization.id, actorUserId: user.id, action: "contact.updated", targetType: "Contact", targetId: contactId,
          metadata: {
            via: "invitation", invitationId: invitation.id, previousStatus: existing.status,
            addedRoles: roles.filter((role) => !before.some((b) => b.role === role)),
          },
          ip: actor.ip, userAgent: actor.userAgent,
        });
      }
      if (roles.length > 0) {
        await tx.contactRole.createMany({ data: roles.map((role) => ({ organizationId: organization.id, contactId, role })), skipDuplicates: true });
      }
      if (created) {
        await recordAuditEvent(tx, {
          organizationId: organization.id, actorUserId: user.id, action: "contact.created", targetType: "Contact", targetId: contactId,
          metadata: { email, source: "INVITATION", invitationId: invitation.id, roles },
          ip: actor.ip, userAgent: actor.userAgent,
        });
      }
      const marked = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: new Date(), acceptedByUserId: user.id },
      });
      // The row lock makes this unreachable; kept so a used invitation can never be used twice.
      if (marked.count !== 1) throw new DomainError("invitations.errors.used", { code: "USED" });
      await recordAuditEvent(tx, {
        organizationId: organization.id, actorUserId: user.id, action: "invitation.accepted", targetType: "Invitation", targetId: invitation.id,
        metadata: { contactId, contactCreated: created, roles },
        ip: actor.ip, userAgent: actor.userAgent,
      });
      return { organization: { name: organization.name, slug: organization.slug }, contactId, created };
    });
    const access = await loadOrgAccess(db, actor.userId, result.organization.slug);
    const hasAccess = !!access && (access.membershipId !== null || access.capabilities.size > 0);
    return { ...result, hasAccess };
  },
});
