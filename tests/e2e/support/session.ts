// A signed-in person for tests that only send HTTP requests: a session row written straight
// into the app's database, as Auth.js writes it after the emailed link (by the hash of its token) (the sign-in flow
// itself has its own tests), and the Cookie header that carries it.
import { randomBytes } from "node:crypto";
import { tokenHash } from "@/lib/crypto/token-hash";
import { withAppDatabase } from "./database";

/** The Cookie header of a new 30-day session of the existing user `email`. */
export async function sessionCookieOf(email: string): Promise<{ cookie: string; token: string }> {
  const token = randomBytes(32).toString("hex");
  await withAppDatabase(async (client) => {
    const { rows } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
    if (!rows[0]) throw new Error(`no user ${email}`);
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, (now() AT TIME ZONE 'UTC') + interval '30 days')`,
      [randomBytes(12).toString("hex"), tokenHash(token), rows[0].id],
    );
  });
  return { cookie: `authjs.session-token=${token}`, token };
}
