// "Last active" (SPEC §1 Membership) is recorded when a member uses the organization, at most
// once per interval, so browsing does not write on every request: the page decides from the
// value loaded with the access and writes after the response.
import type { Db } from "@/lib/db/prisma";

export const LAST_ACTIVE_INTERVAL_MS = 5 * 60_000;

export function lastActiveIsStale(lastActiveAt: Date | null, now = new Date()): boolean {
  return !lastActiveAt || now.getTime() - lastActiveAt.getTime() >= LAST_ACTIVE_INTERVAL_MS;
}

/** Conditional, so two requests at once still write once. */
export async function touchMembership(db: Db, membershipId: string): Promise<void> {
  await db.$executeRaw`UPDATE "Membership" SET "lastActiveAt" = now() AT TIME ZONE 'UTC'
    WHERE id = ${membershipId} AND ("lastActiveAt" IS NULL OR "lastActiveAt" < (now() AT TIME ZONE 'UTC') - interval '5 minutes')`;
}
