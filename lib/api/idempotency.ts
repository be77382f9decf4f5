// `Idempotency-Key` on REST API writes: the first request with a key claims it (one INSERT
// on the primary key, so of two sent at once exactly one runs), its response is stored, and
// any retry with the same key gets that response back without running anything. The same key
// with another request is refused; while the first still runs, a retry gets 409 (try again).
// Keys are kept 24 hours; an older one is claimed anew.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/prisma";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEEP_HOURS = 24;

export type Claim =
  | { kind: "claimed" }
  | { kind: "replay"; status: number; body: unknown }
  | { kind: "in-progress" }
  | { kind: "mismatch" };

/** A usable key: 1 to 255 visible ASCII characters. */
export function validIdempotencyKey(value: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(value);
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method}\n${path}\n${body}`).digest("hex");
}

export async function claimIdempotencyKey(db: Db, apiKeyId: string, key: string, requestHash: string): Promise<Claim> {
  const claimed = await db.$queryRaw<{ claimed: boolean }[]>`
    INSERT INTO "ApiIdempotentResponse" ("apiKeyId", key, "requestHash", "createdAt") VALUES (${apiKeyId}, ${key}, ${requestHash}, now())
    ON CONFLICT ("apiKeyId", key) DO UPDATE SET "requestHash" = EXCLUDED."requestHash", status = NULL, body = NULL, "createdAt" = now()
      WHERE "ApiIdempotentResponse"."createdAt" < now() - make_interval(hours => ${KEEP_HOURS}::int)
    RETURNING true AS claimed`;
  if (claimed.length) return { kind: "claimed" };
  const [stored] = await db.$queryRaw<{ requestHash: string; status: number | null; body: unknown }[]>`
    SELECT "requestHash", status, body FROM "ApiIdempotentResponse" WHERE "apiKeyId" = ${apiKeyId} AND key = ${key}`;
  if (!stored) return { kind: "in-progress" };
  if (stored.requestHash !== requestHash) return { kind: "mismatch" };
  if (stored.status === null) return { kind: "in-progress" };
  return { kind: "replay", status: stored.status, body: stored.body };
}

export async function storeIdempotentResponse(db: Db, apiKeyId: string, key: string, status: number, body: unknown): Promise<void> {
  await db.apiIdempotentResponse.update({
    where: { apiKeyId_key: { apiKeyId, key } },
    data: { status, body: body as Prisma.InputJsonValue },
  });
}

/** After an unexpected failure nothing was answered: the key is freed for a retry. */
export async function releaseIdempotencyKey(db: Db, apiKeyId: string, key: string): Promise<void> {
  await db.apiIdempotentResponse.deleteMany({ where: { apiKeyId, key, status: null } });
}

const PURGE_EVERY_MS = 60 * 60 * 1000;
let lastPurge = 0;

/** Deletes responses past their 24 hours, at most once an hour per process (on the createdAt index). */
export async function purgeOldIdempotentResponses(db: Db, now = Date.now()): Promise<void> {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  await db.$executeRaw`DELETE FROM "ApiIdempotentResponse" WHERE "createdAt" < now() - make_interval(hours => ${KEEP_HOURS}::int)`.catch(
    (error: unknown) => console.error("[api] purging idempotent responses failed:", error),
  );
}
