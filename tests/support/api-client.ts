// Calls the REST API's route handlers directly (no server): a Request with the key, and the
// route's params, as Next would pass them.
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { db } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { actorOf, uid } from "./factories";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiCall = {
  method?: string;
  path: string;
  params: Record<string, string>;
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON the API answered
type Json = any;

export async function callApi(handler: Handler, call: ApiCall): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { ...(call.headers ?? {}) };
  if (call.key) headers.authorization = `Bearer ${call.key}`;
  let body: string | undefined;
  if (call.body !== undefined) {
    body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  const request = new Request(`http://localhost:3000/api/v1/orgs/${call.params.slug}${call.path}`, {
    method: call.method ?? "GET",
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(call.params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A key of `role` created by `creatorId` (an org admin) through the page's use case; its secret. */
export async function newKey(
  slug: string,
  creatorId: string,
  role: OrgRole,
  state: "active" | "revoked" | "expired" = "active",
): Promise<string> {
  const created = await createApiKey.call(actorOf({ id: creatorId }), slug, { name: `Key ${uid()}`, role });
  if (!created.ok) throw new Error(JSON.stringify(created));
  if (state === "revoked") {
    const revoked = await revokeApiKey.call(actorOf({ id: creatorId }), slug, { apiKeyId: created.data.id });
    if (!revoked.ok) throw new Error(JSON.stringify(revoked));
  }
  if (state === "expired") await db.apiKey.update({ where: { id: created.data.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  return created.data.key;
}
