// Substring searches with LIKE. LIKE reads % and _ as wildcards and \ as its escape, so a
// typed "50%" or "a_b" is escaped to mean those characters, never "anything".
import { Prisma } from "@/lib/db/generated/client";

/** `%term%`, the term's wildcards escaped: the rows that contain the term. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `expression` contains `term`, both lower-cased and without accents (unaccent extension). */
export function foldedContains(expression: Prisma.Sql, term: string): Prisma.Sql {
  return Prisma.sql`unaccent(lower(${expression})) LIKE unaccent(lower(${likePattern(term)}))`;
}
