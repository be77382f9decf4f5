// *New API key* (SPEC §2: org admins): a name, the role the key acts with (any role its creator
// may give) and an optional expiry. The secret is returned once, here, and never stored.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { canAssignRole } from "@/lib/auth/capabilities";
import { audit } from "@/lib/audit/audit";
import { createApiKeySchema } from "./schemas";
import { expiryDate, MAX_ACTIVE_API_KEYS } from "./options";
import { apiKeyPrefix, newApiKeySecret } from "./secret";

export type CreatedApiKey = { id: string; name: string; prefix: string; key: string };

export const createApiKey = defineOrgAction({
  capability: "apiKeys.manage",
  schema: createApiKeySchema,
  write: true,
  async run({ access, actor, input }): Promise<CreatedApiKey> {
    const organizationId = access.organization.id;
    if (!access.orgRole || !canAssignRole(access.orgRole, input.role))
      throw new AppError("ROLE_NOT_ALLOWED", "users.errors.roleNotAllowed", { field: "role" });
    const secret = newApiKeySecret();
    return db.$transaction(async (tx) => {
      // One creation at a time per organization, so the cap holds under concurrent requests.
      await tx.$executeRaw`SELECT 1 FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
      const active = await tx.apiKey.count({ where: { organizationId, revokedAt: null } });
      if (active >= MAX_ACTIVE_API_KEYS)
        throw new AppError("CONFLICT", "apiKeys.errors.tooMany", { field: "name", params: { max: MAX_ACTIVE_API_KEYS } });
      const key = await tx.apiKey.create({
        data: {
          organizationId,
          name: input.name,
          role: input.role,
          lookupId: secret.lookupId,
          secretHash: secret.secretHash,
          createdById: actor.userId,
          expiresAt: expiryDate(input.expiresIn),
        },
        select: { id: true, name: true, expiresAt: true },
      });
      await audit(tx, actor, {
        organizationId,
        action: "api_key.created",
        targetType: "ApiKey",
        targetId: key.id,
        metadata: {
          name: key.name,
          role: input.role,
          prefix: apiKeyPrefix(secret.lookupId),
          expiresAt: key.expiresAt?.toISOString() ?? null,
        },
      });
      return { id: key.id, name: key.name, prefix: apiKeyPrefix(secret.lookupId), key: secret.key };
    });
  },
});
