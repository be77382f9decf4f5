// A list page's URL parameters: every filter falls back to its default, but a search that
// breaks the text rules (lib/validation/text.ts) is refused and said next to the search
// field, never silently dropped. Shared by the contacts, users and workspaces lists.
import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n";

/** Why the search was refused: a message key (errors.*) and its parameters. */
export type SearchProblem = { messageKey: MessageKey; params: Record<string, number> };

/**
 * The list's query, or the search's problem (to show next to the search field, with no
 * results). With a problem, `query.q` keeps the text as typed for the field, and must not
 * be searched. `raw`: the page's parameters (lib/validation/search-params.ts), or any
 * object a caller passes.
 */
export function parseListQuery<S extends z.ZodType<{ q: string }>>(
  schema: S,
  raw: Record<string, unknown>,
): { query: z.output<S>; searchProblem: SearchProblem | null } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, searchProblem: null };
  // Only the search can fail: every other parameter falls back to its default.
  const issue = parsed.error.issues[0];
  const typed = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const query = { ...schema.parse({ ...raw, q: "" }), q: typeof typed === "string" ? typed : "" } as z.output<S>;
  // The search field's messages are all keys of the catalogs (lib/validation/text.ts).
  return {
    query,
    searchProblem: { messageKey: issue.message as MessageKey, params: "maximum" in issue ? { max: Number(issue.maximum) } : {} },
  };
}
