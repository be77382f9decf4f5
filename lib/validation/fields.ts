// The zod fields every input schema shares (a record id, a name, a search term, a language),
// so each rule is written once and every form and URL applies the same one.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_NAME, MAX_SEARCH } from "./limits";
import { singleLineText } from "./text";

/** A record id (cuid) from a form or URL: letters, digits, - and _ only, so nothing else ever reaches a query. */
export const idField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(64, "errors.invalid")
  .regex(/^[\w-]+$/, "errors.invalid");

/** A contact's, workspace's or invitee's name: one line, required. */
export const nameField = singleLineText({ max: MAX_NAME });

/** A search term typed by a person: the name rules, up to MAX_SEARCH characters ("" searches nothing). */
export const searchField = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value) ?? "",
  singleLineText({ max: MAX_SEARCH, optional: true }),
);

/** The language of a contact, an invitation or an email. */
export const languageField = z.enum(LOCALES, { error: "errors.invalid" });
