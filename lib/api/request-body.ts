// The JSON body of a REST API write, refused before any use case runs when it is not one:
// over 1 MB → 413, not application/json → 415, not a JSON object, a NUL byte anywhere or a
// field the operation does not take → 400. What passes goes to the use case's own schema.
import type { FieldErrors } from "@/lib/actions/result";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/http/limits";

export const API_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_BYTES;

export type BodyOutcome =
  | { ok: true; body: Record<string, unknown>; text: string }
  | {
      ok: false;
      code: "TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "BAD_REQUEST";
      reason: "tooLarge" | "contentType" | "notJson" | "nul" | "unknownFields";
      errors?: FieldErrors;
    };

export async function readJsonBody(request: Request, allowedFields: readonly string[]): Promise<BodyOutcome> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > API_BODY_LIMIT_BYTES) return { ok: false, code: "TOO_LARGE", reason: "tooLarge" };
  if (type !== "application/json") return { ok: false, code: "UNSUPPORTED_MEDIA_TYPE", reason: "contentType" };
  const bytes = await readAtMost(request, API_BODY_LIMIT_BYTES);
  if (!bytes) return { ok: false, code: "TOO_LARGE", reason: "tooLarge" };
  let text: string;
  let body: unknown;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return { ok: false, code: "BAD_REQUEST", reason: "notJson" };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, code: "BAD_REQUEST", reason: "notJson" };
  // A NUL byte (raw or escaped) can be stored in no text column: refused whole, before parsing the fields.
  if (text.includes("\u0000") || /\\u0000/i.test(text)) return { ok: false, code: "BAD_REQUEST", reason: "nul" };
  const unknown = Object.keys(body).filter((field) => !allowedFields.includes(field));
  if (unknown.length) {
    return { ok: false, code: "BAD_REQUEST", reason: "unknownFields", errors: Object.fromEntries(unknown.map((field) => [field, []])) };
  }
  return { ok: true, body: body as Record<string, unknown>, text };
}

/** The body's bytes, or null once it passes `limit` (reading stops there). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const result = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}
