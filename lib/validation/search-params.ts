// The one rule for URL parameters, used by every page and route that reads them: each
// parameter is one string or absent. Next hands pages `string | string[]` (an array for a
// repeated parameter) and route handlers a URLSearchParams; both come through here before
// their zod schema, whose fields fall back to their default (`.catch`) on junk.

/** A page's `searchParams` as Next gives them. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** URL parameters after the rule: one string per name. */
export type SearchParams = Partial<Record<string, string>>;

/**
 * A parameter given more than once is dropped, as if absent: our own links and forms never
 * repeat one, and which copy would count differs from one reader to the next
 * (URLSearchParams.get takes the first, Object.fromEntries the last, proxies and caches
 * either), so neither copy is trusted and the page shows its default (a route answers as
 * without it: 400 when it is required). Built with Object.fromEntries, so a parameter named
 * "__proto__" is a plain entry, never the object's prototype.
 */
export function singleValued(raw: RawSearchParams | URLSearchParams): SearchParams {
  const entries: [string, unknown][] =
    raw instanceof URLSearchParams ? [...new Set(raw.keys())].map((name) => [name, raw.getAll(name)]) : Object.entries(raw);
  return Object.fromEntries(
    entries.flatMap(([name, value]) => {
      const values = Array.isArray(value) ? value : [value];
      return values.length === 1 && typeof values[0] === "string" ? [[name, values[0]]] : [];
    }),
  );
}

/** A page's awaited `searchParams`, after the rule. */
export async function pageSearchParams(searchParams: Promise<RawSearchParams>): Promise<SearchParams> {
  return singleValued(await searchParams);
}
