// The OpenAPI 3.1 document of REST API v1 (lib/api/v1/openapi.ts), public like the reference page.
import { openApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
