// One zod schema per webhooks input, shared by the form (client) and the actions (server).
// The form's URL rule is the general one (http or https); which hosts a server may reach is
// decided on the server (address-policy.ts), where the environment is known.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { WEBHOOK_EVENT_TYPES } from "./events";

const MAX_URL_LENGTH = 2000;

export const webhookUrlField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .max(MAX_URL_LENGTH, { error: "errors.tooLong" })
  .refine(
    (value) => {
      if (!value) return true; // "required" says it
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    { error: "webhooks.errors.url" },
  );

const eventsField = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "errors.invalid" })).min(1, { error: "webhooks.errors.noEvents" }),
);

export const createWebhookEndpointSchema = z.object({ url: webhookUrlField, events: eventsField });
export type CreateWebhookEndpointInput = z.output<typeof createWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: idField });

export const webhookDeliveryIdSchema = z.object({
  endpointId: idField,
  deliveryId: z.string().regex(/^msg_[0-9a-f]{32}$/, { error: "errors.invalid" }),
});
