import { z } from "zod";

export const emailField = z
  .string({ error: "errors.required" })
  .trim()
  .toLowerCase()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.email"));
