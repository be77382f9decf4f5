// An API key's secret: `rst_live_<lookup id>_<secret>`. The recognisable prefix lets secret
// scanners find a leaked key; the lookup id (not secret, shown in the list) finds its row;
// only the SHA-256 of the whole key is stored, and compared in constant time.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { tokenHash } from "@/lib/crypto/token-hash";

export const API_KEY_PREFIX = "rst_live_";
const LOOKUP_ID_BYTES = 8;
const SECRET_BYTES = 32;
const KEY_PATTERN = /^rst_live_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export type NewApiKeySecret = { key: string; lookupId: string; secretHash: string };

export function newApiKeySecret(): NewApiKeySecret {
  const lookupId = randomBytes(LOOKUP_ID_BYTES).toString("hex");
  const key = `${API_KEY_PREFIX}${lookupId}_${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { key, lookupId, secretHash: tokenHash(key) };
}

/** The key's public part, as the list shows it. */
export function apiKeyPrefix(lookupId: string): string {
  return `${API_KEY_PREFIX}${lookupId}`;
}

/** The lookup id of a well-formed key; null for anything else (which is then refused like an unknown key). */
export function parseApiKey(key: string): { lookupId: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { lookupId: match[1] } : null;
}

/** Whether `key` is the one whose hash is stored: compared in constant time. */
export function apiKeyMatches(key: string, secretHash: string): boolean {
  const given = Buffer.from(tokenHash(key), "hex");
  const stored = Buffer.from(secretHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
