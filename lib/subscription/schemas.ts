// The confirmations of the subscription page, shared by its forms and its actions.
import { z } from "zod";

/** Cancel and Delete now: the organization's name, typed by the admin (compared in the use case). */
export const confirmNameSchema = z.object({ confirmName: z.string().trim().max(200, "errors.tooLong") });

/** Reactivate: nothing to say. */
export const reactivateSchema = z.object({});
