// Readiness (lib/health/readiness.ts): 200 when this instance can serve, else 503. No session, no secret.
import { db } from "@/lib/db/prisma";
import { readiness } from "@/lib/health/readiness";
import { shippedMigrations } from "@/lib/health/shipped-migrations";
import { lastMailCheck } from "@/lib/mail/transport-check";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await readiness({ db, expectedMigrations: shippedMigrations(), mail: lastMailCheck() });
  return Response.json(
    { status: result.ready ? "ready" : "unready", ...result },
    { status: result.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
