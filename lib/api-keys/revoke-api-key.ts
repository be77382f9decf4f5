// *Revoke*: the key stops working at once; its row stays for the audit log's references.
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { apiKeyIdSchema } from "./schemas";
import { apiKeyPrefix } from "./secret";

export const revokeApiKey = defineOrgAction({
  capability: "apiKeys.manage",
  schema: apiKeyIdSchema,
  write: true,
  async run({ access, actor, input }): Promise<{ id: string; name: string }> {
    const organizationId = access.organization.id;
    return db.$transaction(async (tx) => {
      const [key] = await tx.$queryRaw<{ id: string; name: string; lookupId: string }[]>`
        UPDATE "ApiKey" SET "revokedAt" = now()
        WHERE "organizationId" = ${organizationId} AND id = ${input.apiKeyId} AND "revokedAt" IS NULL
        RETURNING id, name, "lookupId"`;
      if (!key) throw new AppError("NOT_FOUND", "apiKeys.errors.notFound");
      await audit(tx, actor, {
        organizationId,
        action: "api_key.revoked",
        targetType: "ApiKey",
        targetId: key.id,
        metadata: { name: key.name, prefix: apiKeyPrefix(key.lookupId) },
      });
      return { id: key.id, name: key.name };
    });
  },
});
