// What an invitation is now, and the row lock every change to one takes first, so two
// requests on the same invitation (accept and revoke, two accepts, send and resend) run
// one after the other and the second sees what the first did.
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";

export type InvitationState = "valid" | "expired" | "revoked" | "used";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export function invitationNotFound(): AppError {
  return new AppError("NOT_FOUND", "invitations.errors.notFound");
}

/** Refuses anything but a valid invitation, saying which state it is in. */
export function assertValid(state: InvitationState): void {
  if (state === "used") throw new AppError("USED", "invitations.errors.used");
  if (state === "revoked") throw new AppError("REVOKED", "invitations.errors.revoked");
  if (state === "expired") throw new AppError("EXPIRED", "invitations.errors.expired");
}

const invitationFields = {
  id: true,
  organizationId: true,
  kind: true,
  tokenHash: true,
  email: true,
  orgRole: true,
  workspaceIds: true,
  contactRoles: true,
  language: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  acceptedAt: true,
  acceptedByUserId: true,
  lastSentAt: true,
  sharedAt: true,
} as const;

/**
 * Locks one contact invitation of the organization (SELECT ... FOR UPDATE) and reads it.
 * Another organization's id, or a user invitation's, is not found.
 */
export async function lockContactInvitation(tx: Tx, where: { id: string; organizationId: string } | { tokenHash: string }) {
  const locked =
    "id" in where
      ? await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Invitation" WHERE id = ${where.id} AND "organizationId" = ${where.organizationId} AND kind = 'CONTACT' FOR UPDATE`
      : await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM "Invitation" WHERE "tokenHash" = ${where.tokenHash} AND kind = 'CONTACT' FOR UPDATE`;
  if (locked.length === 0) throw invitationNotFound();
  // Read after the lock: under READ COMMITTED this sees whatever the previous holder committed.
  return tx.invitation.findUniqueOrThrow({ where: { id: locked[0].id }, select: invitationFields });
}

/** Locks the invitation of a link, of either kind (the accept flow handles both). */
export async function lockInvitationByToken(tx: Tx, tokenHash: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  if (locked.length === 0) throw invitationNotFound();
  return tx.invitation.findUniqueOrThrow({ where: { id: locked[0].id }, select: invitationFields });
}

/**
 * The name the invitee sees as the inviter: their name, else their email; null when the
 * account is gone (the email then says "A member of {organization}", in its language).
 */
export async function inviterName(tx: Tx, userId: string): Promise<string | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user?.name?.trim() || user?.email || null;
}
