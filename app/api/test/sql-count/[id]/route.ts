// Tests and benchmarks only: the SQL statements of the request sent with
// `x-roster-request-id: <id>`, once it has settled (see lib/db/sql-count.ts).
// Answers 404 unless ROSTER_SQL_COUNT=on.
import { config } from "@/lib/config";
import { settledStatements } from "@/lib/db/sql-count";
import { singleValued } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (config().ROSTER_SQL_COUNT !== "on") return new Response("Not found", { status: 404 });
  const quiet = Number(singleValued(new URL(request.url).searchParams).quietMs ?? "");
  const result = await settledStatements(
    (await params).id,
    Number.isInteger(quiet) && quiet >= 0 && quiet <= 5000 ? { quietMs: quiet } : {},
  );
  if (!result) return Response.json({ error: "unknown request id" }, { status: 404 });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
