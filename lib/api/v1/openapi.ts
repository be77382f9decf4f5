// The OpenAPI 3.1 document of REST API v1, generated (zod-openapi) from the operations list and
// each handler's own zod schemas: the query schema of a list, and for a write the schema its
// use case parses (the form's), less the ids the path gives; each answer's body is the schema its
// handler is typed through (lib/api/v1/responses.ts). Each operation has a curl sample.
import { z } from "zod";
import { createDocument } from "zod-openapi";
import { appUrl } from "@/lib/config";
import { OPERATIONS, pathParameters, type Operation } from "./operations";

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: "A stable code, e.g. FORBIDDEN, INVALID, ROLE_NOT_ALLOWED." }),
    detail: z.string().optional().meta({ description: "The message the page's form shows, in the Accept-Language's language." }),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages by field." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem document (application/problem+json)." });

const PROBLEMS = {
  "400": "Malformed body: not a JSON object, a NUL character, or a field this operation does not take.",
  "401": "The key is missing, malformed, unknown, revoked or expired (no hint which).",
  "403": "The key's role may not do this.",
  "404": "No such organization for this key, or no such record.",
  "409": "Conflict (e.g. the last org admin, a request with this Idempotency-Key still running).",
  "413": "Body over 1 MB.",
  "415": "Body not sent as application/json.",
  "422": "Invalid input: field errors as the forms show them.",
  "429": "Over the key's 600 requests per minute; see Retry-After.",
} as const;

/** The body fields of a write: the action's object schema (or each option of a union) without the path's ids. */
function bodySchema(schema: z.ZodType, pathKeys: string[]): z.ZodType {
  const without = (object: z.ZodObject) =>
    z.object(Object.fromEntries(Object.entries(object.shape).filter(([key]) => !pathKeys.includes(key))));
  if (schema instanceof z.ZodObject) return without(schema);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const options = (schema.options as z.ZodObject[]).map(without);
    return z.union(options as [z.ZodObject, z.ZodObject, ...z.ZodObject[]]);
  }
  return schema;
}

function curl(operation: Operation): string {
  const url = `${appUrl("/api/v1")}${operation.path.replace("{slug}", "acme")}`;
  const lines = [`curl -X ${operation.method.toUpperCase()} '${url}'`, `  -H "Authorization: Bearer $ROSTER_API_KEY"`];
  if (operation.example) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`  -d '${JSON.stringify(operation.example)}'`);
  }
  return lines.join(" \\\n");
}

function operationObject(operation: Operation) {
  const meta = operation.handler.meta;
  const pathKeys = pathParameters(operation.path);
  const path = z.object(Object.fromEntries(pathKeys.map((key) => [key, z.string()])));
  const problems = Object.fromEntries(
    Object.entries(PROBLEMS).map(([status, description]) => [
      status,
      { description, content: { "application/problem+json": { schema: problemSchema } } },
    ]),
  );
  const common = {
    summary: operation.summary,
    tags: [operation.tag],
    operationId: `${operation.method}${operation.path.replace(/[{}]/g, "").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    "x-codeSamples": [{ lang: "Shell", label: "curl", source: curl(operation) }],
  };
  if (meta.kind === "read") {
    return {
      ...common,
      requestParams: { path, ...(meta.query instanceof z.ZodObject ? { query: meta.query } : {}) },
      responses: { "200": { description: "OK", content: { "application/json": { schema: meta.response } } }, ...problems },
    };
  }
  const body = meta.fields.length ? bodySchema(meta.schema, pathKeys) : null;
  return {
    ...common,
    requestParams: {
      path,
      header: z.object({
        "Idempotency-Key": z
          .string()
          .optional()
          .meta({ description: "Send it again with a retry: the first response comes back, nothing is done twice." }),
      }),
    },
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body } } } } : {}),
    responses: {
      [String(meta.status)]: { description: "Done", content: { "application/json": { schema: meta.response } } },
      ...problems,
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of OPERATIONS) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Roster REST API",
        version: "1",
        description:
          "Manage an organization's users, workspaces, contacts and invitations, and read its orders and invoices, with an API key (Settings → API keys). A key acts with its role, exactly as a person with that role on the pages.",
      },
      servers: [{ url: appUrl("/api/v1") }],
      security: [{ apiKey: [] }],
      components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "rst_live_… key" } } },
      paths: paths as never,
    },
    { reused: "inline" },
  );
}
