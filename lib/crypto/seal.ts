// Encryption of secrets the app keeps for a while and reads back itself (a link waiting in
// the email outbox): AES-256-GCM, with a key derived from AUTH_SECRET by HKDF-SHA256, one key
// per purpose. Whoever reads the database or a backup without the app's secret learns nothing
// from a sealed value, and can neither alter it nor move it to another context (the context,
// e.g. the recipient, is authenticated with it) without the app refusing to open it.
// Node's crypto only: nothing here is a primitive of our own.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "@/lib/config";

/** The format: "v1." + base64url(iv ‖ tag ‖ ciphertext). Another version needs another prefix. */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = "roster sealed values";

export class SealError extends Error {}

const derived = new Map<string, { secret: string; key: Buffer }>();

/** The purpose's key, derived again only when AUTH_SECRET changes (tests change the environment). */
function keyFor(purpose: string): Buffer {
  const secret = config().AUTH_SECRET;
  if (!secret) throw new SealError("AUTH_SECRET is not set: it is needed to keep links encrypted until they are sent");
  const known = derived.get(purpose);
  if (known?.secret === secret) return known.key;
  const key = Buffer.from(hkdfSync("sha256", secret, SALT, `${purpose} ${VERSION}`, 32));
  derived.set(purpose, { secret, key });
  return key;
}

/** Encrypts `plaintext` for `purpose`, bound to `context` (which must be given again to open it). */
export function seal(purpose: string, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

/** The plaintext of a sealed value; throws a SealError when it was altered, sealed for another context, or under another AUTH_SECRET. */
export function unseal(purpose: string, sealed: string, context: string): string {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload) throw new SealError("not a sealed value of this version");
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealError("sealed value too short");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("sealed value cannot be opened: altered, sealed for another context, or under another AUTH_SECRET");
  }
}
