// An endpoint's signing secret, `whsec_<base64 of 32 random bytes>` (the Standard Webhooks
// format, which its libraries read as is). Signing needs the secret itself, so unlike an API
// key (lib/api-keys/secret.ts: a hash is enough to check one) it cannot be kept as a hash: it
// is sealed with a key derived from AUTH_SECRET (lib/crypto/seal.ts), bound to its endpoint,
// so a copy of the database without AUTH_SECRET signs nothing and a sealed secret moved to
// another endpoint does not open.
import { randomBytes } from "node:crypto";
import { seal, unseal } from "@/lib/crypto/seal";

const PURPOSE = "webhook endpoint secret";
export const WEBHOOK_SECRET_PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export function sealWebhookSecret(secret: string, endpointId: string): string {
  return seal(PURPOSE, secret, endpointId);
}

export function openWebhookSecret(sealed: string, endpointId: string): string {
  return unseal(PURPOSE, sealed, endpointId);
}
