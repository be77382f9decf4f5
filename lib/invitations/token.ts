// Invitation links carry a random token; only its SHA-256 is stored (Invitation.tokenHash),
// so a database leak does not leak working links.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/config";
import { tokenHash } from "@/lib/crypto/token-hash";
import { routes } from "@/lib/routes";

/** How long an invitation link works after it is created or re-sent (SPEC §1: 7 days). */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** 32 random bytes, base64url: 43 URL-safe characters. */
export function generateInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what the database stores and looks up. */
export const hashToken = tokenHash;

/** Constant-time check that `token` is the one whose hash is stored. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function invitationExpiry(from: Date = new Date()): Date {
  return new Date(from.getTime() + INVITATION_TTL_MS);
}

/** The absolute link the invitee follows. */
export function invitationUrl(token: string): string {
  return appUrl(routes.invitation(token));
}
