// The OpenAPI document against the routes: every handler a route module under app/api/v1
// exports is an operation of the document at the same path and method, every operation is
// served, each write's documented body is exactly the fields its handler accepts, and each
// answer's body is documented with the schema its handler is typed through.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { openApiDocument } from "@/lib/api/v1/openapi";

const ROOT = join(process.cwd(), "app/api/v1/orgs");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

async function exportedHandlers() {
  const found: { path: string; method: string; handler: unknown }[] = [];
  for (const file of routeFiles(ROOT)) {
    const exported = (await import(file)) as Record<string, unknown>;
    const path = `/orgs/${relative(ROOT, file).replace(/\/?route\.ts$/, "")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "");
    for (const method of METHODS) if (exported[method]) found.push({ path, method: method.toLowerCase(), handler: exported[method] });
  }
  return found;
}

describe("OpenAPI document", () => {
  it("documents every route handler, at its path and method, and nothing that is not served", async () => {
    const handlers = await exportedHandlers();
    expect(handlers.length).toBeGreaterThan(15);
    for (const { path, method, handler } of handlers) {
      const operation = OPERATIONS.find((each) => each.handler === handler);
      expect(operation, `${method.toUpperCase()} ${path} is missing from lib/api/v1/operations.ts`).toBeDefined();
      expect({ path: operation!.path, method: operation!.method }).toEqual({ path, method });
    }
    expect(OPERATIONS.length).toBe(handlers.length);
    const document = openApiDocument();
    for (const operation of OPERATIONS) {
      expect(document.paths?.[operation.path]?.[operation.method], `${operation.method} ${operation.path}`).toBeDefined();
    }
  }, 60_000);

  it("documents each write's body as the fields its handler takes, with a curl sample per operation", () => {
    const document = openApiDocument();
    for (const operation of OPERATIONS) {
      const documented = document.paths![operation.path]![operation.method]!;
      expect((documented as { "x-codeSamples"?: { source: string }[] })["x-codeSamples"]?.[0]?.source).toMatch(/^curl -X /);
      const meta = operation.handler.meta;
      if (meta.kind !== "write") continue;
      const body = documented.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
      const schema = body?.content?.["application/json"]?.schema;
      const resolved = resolve(document, schema);
      const properties = new Set<string>(
        resolved?.properties
          ? Object.keys(resolved.properties)
          : (resolved?.anyOf ?? resolved?.oneOf ?? []).flatMap((option) => Object.keys(resolve(document, option)?.properties ?? {})),
      );
      expect([...properties].sort(), `${operation.method} ${operation.path}`).toEqual([...meta.fields].sort());
    }
  });

  it("documents every success body with a schema of named fields, never an unknown one", () => {
    const document = openApiDocument();
    for (const operation of OPERATIONS) {
      const meta = operation.handler.meta;
      const status = meta.kind === "read" ? "200" : String(meta.status);
      const documented = document.paths![operation.path]![operation.method]!.responses![status] as
        | { content?: Record<string, { schema?: unknown }> }
        | undefined;
      const schema = resolve(document, documented?.content?.["application/json"]?.schema);
      expect(Object.keys(schema?.properties ?? {}).length, `${operation.method} ${operation.path}`).toBeGreaterThan(0);
      // The document's body is the very schema the handler is typed through.
      expect(schema, `${operation.method} ${operation.path}`).toEqual(
        resolve(document, { $ref: `#/components/schemas/${String(meta.response.meta()?.id)}` }),
      );
    }
  });
});

type JsonSchema = { $ref?: string; properties?: Record<string, unknown>; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

function resolve(document: ReturnType<typeof openApiDocument>, schema: unknown): JsonSchema | undefined {
  const value = schema as JsonSchema | undefined;
  if (!value?.$ref) return value;
  return document.components?.schemas?.[value.$ref.split("/").pop()!] as JsonSchema | undefined;
}
