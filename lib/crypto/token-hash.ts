// Working tokens (invitation links, session cookies) are stored only as their SHA-256: whoever
// reads the database or a backup holds nothing that opens a session or an invitation. The
// tokens are 32 random bytes, so a plain hash (no salt, no stretching) cannot be reversed.
import { createHash } from "node:crypto";

/** SHA-256 of the token, hex: what the database stores and looks up. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
