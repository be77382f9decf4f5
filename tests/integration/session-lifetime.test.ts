// Sessions roll: using the app (the request's own statement, request-context.ts) extends a
// session that is due, once, after the response; a session extended less than a day ago is
// only read. Auth.js's rule (maxAge 30 days, updateAge 1 day) applied where the app reads.
import { randomBytes } from "node:crypto";
import { tokenHash } from "@/lib/crypto/token-hash";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadRequestContext } from "@/lib/auth/request-context";
import { extendSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { createOrgWithRoles, createUser } from "../support/factories";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function sessionExpiringIn(ms: number, user?: { id: string }) {
  const owner = user ?? (await createUser());
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken: tokenHash(sessionToken), userId: owner.id, expires: new Date(Date.now() + ms) } });
  return sessionToken;
}

const expiresOf = async (sessionToken: string) =>
  (await db.session.findUniqueOrThrow({ where: { sessionToken: tokenHash(sessionToken) } })).expires.getTime();

/** One request using the session: its statement, then what it left for after the response. */
async function oneRequest(sessionToken: string, slug: string | null = null) {
  const afterResponse: (() => Promise<void>)[] = [];
  const context = await loadRequestContext(sessionToken, slug, (task) => afterResponse.push(task));
  await Promise.all(afterResponse.map((task) => task()));
  return { context, tasks: afterResponse.length };
}

describe("session lifetime", () => {
  it("a session near its expiry is extended to a full lifetime by use, after the response", async () => {
    const token = await sessionExpiringIn(2 * HOUR);
    const { context, tasks } = await oneRequest(token);
    expect(context.user).not.toBeNull();
    expect(tasks).toBe(1);
    const expires = await expiresOf(token);
    expect(Math.abs(expires - (Date.now() + SESSION_MAX_AGE_SECONDS * 1000))).toBeLessThan(60_000);
  });

  it("also when the request names an organization (the statement that loads the access too)", async () => {
    const { organization, users } = await createOrgWithRoles("Rolling");
    const token = await sessionExpiringIn(3 * DAY, users.MEMBER);
    const { context, tasks } = await oneRequest(token, organization.slug);
    expect(context.access?.value?.organization.slug).toBe(organization.slug);
    expect(tasks).toBe(1);
    expect(await expiresOf(token)).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it("a session extended less than a day ago (a fresh one) is only read: nothing is scheduled, nothing written", async () => {
    for (const left of [30 * DAY, 30 * DAY - 23 * HOUR]) {
      const token = await sessionExpiringIn(left);
      const before = await expiresOf(token);
      const { context, tasks } = await oneRequest(token);
      expect(context.user).not.toBeNull();
      expect(tasks).toBe(0);
      expect(await expiresOf(token)).toBe(before);
      // Even asked directly, the conditional update leaves it alone.
      expect(await extendSession(db, tokenHash(token))).toBe(false);
      expect(await expiresOf(token)).toBe(before);
    }
  });

  it("is scheduled once however often one request reads the session (a not-found page renders apart)", async () => {
    const token = await sessionExpiringIn(HOUR);
    const scheduled: (() => Promise<void>)[] = [];
    for (let read = 0; read < 3; read++) await loadRequestContext(token, null, (task) => scheduled.push(task));
    expect(scheduled).toHaveLength(1);
    await scheduled[0]();
    expect(await expiresOf(token)).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it("writes once when many requests use a due session at the same moment", async () => {
    const token = await sessionExpiringIn(HOUR);
    const written = await Promise.all(Array.from({ length: 6 }, () => extendSession(db, tokenHash(token))));
    expect(written.filter(Boolean)).toHaveLength(1);
  });

  it("an expired session signs no one in and is not brought back", async () => {
    const token = await sessionExpiringIn(-HOUR);
    const before = await expiresOf(token);
    const { context, tasks } = await oneRequest(token);
    expect(context.user).toBeNull();
    expect(tasks).toBe(0);
    expect(await extendSession(db, tokenHash(token))).toBe(false);
    expect(await expiresOf(token)).toBe(before);
  });
});
