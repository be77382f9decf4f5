// A list page's URL parameters: every filter falls back to its default, but a search that
// breaks the text rules (lib/validation/text.ts) is refused and said next to the search
// field, never silently dropped. Shared by the users and workspaces lists.
import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n";
import type { SearchParams } from "./search-params";

export type SearchProblem = { messageKey: MessageKey; params: Record<string, number> };

export function parseListQuery<S extends z.ZodType<{ q: string }>>(schema: S, raw: SearchParams): { query: z.output<S>; searchProblem: SearchProblem | null } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, searchProblem: null };
  const issue = parsed.error.issues[0];
  // With a problem, `q` keeps the text as typed for the field, and is not searched.
  const query = { ...schema.parse({ ...raw, q: "" }), q: raw.q ?? "" } as z.output<S>;
  return { query, searchProblem: { messageKey: issue.message as MessageKey, params: "maximum" in issue ? { max: Number(issue.maximum) } : {} } };
}
