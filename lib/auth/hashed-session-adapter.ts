// Auth.js's Prisma adapter stores the session cookie's value as it is (Session.sessionToken),
// so a database read or a backup would let anyone sign in as anyone with a session. This
// wrapper stores and looks up only its hash (lib/crypto/token-hash.ts); the browser keeps the
// token itself, and the app's own session read (request-context.ts) hashes it the same way.
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { tokenHash } from "@/lib/crypto/token-hash";

/** The value Session.sessionToken holds for a cookie's token. */
export const storedSessionToken = tokenHash;

export function withHashedSessionTokens(adapter: Adapter): Adapter {
  const { createSession, getSessionAndUser, updateSession, deleteSession } = adapter;
  if (!createSession || !getSessionAndUser || !updateSession || !deleteSession) throw new Error("the adapter lacks database sessions");
  // Auth.js sets the cookie from the returned session: it gets the token, the row keeps the hash.
  const withToken = <S extends AdapterSession | null | undefined>(session: S, sessionToken: string): S =>
    session ? { ...session, sessionToken } : session;
  return {
    ...adapter,
    async createSession(session) {
      return withToken(await createSession({ ...session, sessionToken: storedSessionToken(session.sessionToken) }), session.sessionToken);
    },
    async getSessionAndUser(sessionToken) {
      const found = await getSessionAndUser(storedSessionToken(sessionToken));
      return found ? { ...found, session: withToken(found.session, sessionToken) } : null;
    },
    async updateSession(session) {
      return withToken(await updateSession({ ...session, sessionToken: storedSessionToken(session.sessionToken) }), session.sessionToken);
    },
    // Auth.js reads nothing back from a deletion (sign-out).
    async deleteSession(sessionToken) {
      await deleteSession(storedSessionToken(sessionToken));
    },
  };
}
