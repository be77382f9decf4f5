// One zod schema per API keys input, shared by the form (client) and the actions (server).
import { z } from "zod";
import { idField, nameField } from "@/lib/validation/fields";
import { orgRoleField } from "@/lib/users/schemas";
import { API_KEY_EXPIRIES } from "./options";

export { API_KEY_EXPIRIES };

export const createApiKeySchema = z.object({
  name: nameField,
  role: orgRoleField,
  expiresIn: z.enum(API_KEY_EXPIRIES, { error: "errors.invalid" }).default("never"),
});
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ apiKeyId: idField });
