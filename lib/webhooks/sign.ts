// Standard Webhooks signing (https://www.standardwebhooks.com): the HMAC-SHA256, keyed with
// the secret's base64-decoded bytes, of "<webhook-id>.<webhook-timestamp>.<body>", sent as
// `webhook-signature: v1,<base64>`. tests/integration/webhooks-delivery.test.ts checks it
// with the reference library.
import { createHmac } from "node:crypto";
import { WEBHOOK_SECRET_PREFIX } from "./secret";

export type SignedHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): SignedHeaders {
  const key = Buffer.from(secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret, "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": String(timestampSeconds), "webhook-signature": `v1,${signature}` };
}
