// The AUTH_SECRET every instance on one database must share: Auth.js hashes each emailed
// sign-in token with it, so a link asked for on one instance opens on another only when both
// have the same secret. The database keeps a fingerprint of it (never the secret itself: a
// copy of the database must not decrypt the links waiting in the outbox, see README "Links
// at rest"); an instance whose secret does not match refuses to start, or, when the operator
// set AUTH_SECRET on purpose, takes it as the new one with a warning.
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

export class SharedSecretError extends Error {}

export type ResolvedSecret = { secret: string; source: "AUTH_SECRET" | "file"; warning?: string };

export function secretFingerprint(secret: string): string {
  return createHmac("sha256", secret).update("roster auth secret fingerprint").digest("hex");
}

/** The secret generated once into `file` (owner-only), made when missing. */
export function fileSecret(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/**
 * The secret this instance signs with: AUTH_SECRET when set, else the one generated into
 * `file`; checked against the fingerprint the database records (recorded when none is).
 * Throws a SharedSecretError with the explanation when this instance must not start.
 */
export async function resolveAuthSecret({
  databaseUrl,
  configured,
  file,
}: {
  databaseUrl: string;
  configured: string | undefined;
  file: string;
}): Promise<ResolvedSecret> {
  const secret = configured ?? fileSecret(file);
  const source = configured ? "AUTH_SECRET" : "file";
  const ours = secretFingerprint(secret);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One statement: records ours when the database has none, else reads the one it has.
    const { rows } = await client.query<{ fingerprint: string; inserted: boolean }>(
      `WITH added AS (
         INSERT INTO "AuthSecretFingerprint" (id, fingerprint) VALUES (1, $1) ON CONFLICT (id) DO NOTHING RETURNING fingerprint
       )
       SELECT fingerprint, true AS inserted FROM added
       UNION ALL SELECT fingerprint, false FROM "AuthSecretFingerprint" WHERE id = 1`,
      [ours],
    );
    // No row: another instance recorded its own at the same moment, after this statement's
    // snapshot (its insert made ours do nothing): read it now.
    const recorded =
      rows[0]?.fingerprint ??
      (await client.query<{ fingerprint: string }>(`SELECT fingerprint FROM "AuthSecretFingerprint" WHERE id = 1`)).rows[0]?.fingerprint ??
      ours;
    if (recorded === ours) return { secret, source };
    if (source === "file") {
      throw new SharedSecretError(
        `AUTH_SECRET is not set, and this database (DATABASE_URL) is already used by an instance with another secret: ` +
          `sign-in links from one instance would not open on the other. Set AUTH_SECRET to the same value on every instance ` +
          `(an instance that generated its own keeps it in its data folder's auth-secret file), then start again.`,
      );
    }
    await client.query(`UPDATE "AuthSecretFingerprint" SET fingerprint = $1, "updatedAt" = now() WHERE id = 1`, [ours]);
    return {
      secret,
      source,
      warning:
        "AUTH_SECRET differs from the one this database's instances used until now: it is taken as the new one. " +
        "Sign-in links and invitation emails still waiting stop working; give every instance this same AUTH_SECRET and restart them.",
    };
  } finally {
    await client.end();
  }
}
