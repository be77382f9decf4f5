// The rules for every name-like text a person types (contact and organization names,
// domains, search terms…), in one zod helper: one line, no control characters (a NUL
// byte cannot even be stored by PostgreSQL), no invisible bidirectional controls (they
// reorder what is displayed, e.g. to make "moc.liame@evil" read as something else).
import { z } from "zod";

/** Line breaks, including Unicode's line and paragraph separators. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/** C0 and C1 control characters and DEL (tab and NUL included). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** The message key of the first rule the text breaks, or null. */
export function textProblem(value: string): "errors.lineBreak" | "errors.controlCharacters" | "errors.bidiCharacters" | null {
  if (LINE_BREAK.test(value)) return "errors.lineBreak";
  if (CONTROL.test(value)) return "errors.controlCharacters";
  if (BIDI_CONTROL.test(value)) return "errors.bidiCharacters";
  return null;
}

/**
 * Single-line text, trimmed, checked for the characters above, then for length:
 * `{ max }` (required, at least one character) or `{ max, optional: true }` ("" allowed).
 * Each broken rule gives one message key, translated next to the field.
 */
export function singleLineText({ max, optional = false }: { max: number; optional?: boolean }) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem, abort: true });
      else if (!optional && value.length === 0) ctx.addIssue({ code: "custom", message: "errors.required", abort: true });
      else if (value.length > max)
        ctx.addIssue({ code: "too_big", origin: "string", maximum: max, inclusive: true, message: "errors.tooLong", abort: true });
    });
}
