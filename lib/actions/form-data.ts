// An action's raw argument as one plain value for its zod schema, whatever the caller sent:
// a browser sends FormData, tests and client components plain objects, and anyone calling
// the endpoint by hand may send arrays, numbers or null (the schema refuses those).
import { ZodError } from "zod";

/** FormData → plain object; repeated keys (checkbox groups) become arrays. Anything else is passed on as it is. */
export function formDataToObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const result: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = input.getAll(key).filter((v): v is string => typeof v === "string");
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    result[name] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  return result;
}

/** The path of the first string holding a NUL byte, which PostgreSQL cannot store in any text column. */
function nulPath(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (depth > 8 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The argument ready for the action's schema. A NUL byte is refused here, once for every
 * field (schemas of ids and free text would otherwise let it reach the database and fail there).
 */
export function actionInput(raw: unknown): unknown {
  const input = formDataToObject(raw);
  const path = nulPath(input);
  if (path) throw new ZodError([{ code: "custom", path, message: "errors.controlCharacters", input: undefined }]);
  return input;
}
