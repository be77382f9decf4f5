/** FormData → plain object; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
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
