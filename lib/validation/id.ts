import { z } from "zod";

/** A record id (cuid) from a form or URL: letters, digits, - and _ only, so nothing else ever reaches a query. */
export const idField = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(64, "errors.invalid").regex(/^[\w-]+$/, "errors.invalid");
