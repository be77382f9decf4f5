import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { onUnique } from "@/lib/db/unique-violation";
import { audit } from "@/lib/audit/audit";
import { isFreeMailDomain } from "./free-mail";
import { addDomainSchema, verificationRecord } from "./schemas";
import { isPublicSuffix } from "./normalize-domain";
import { isClaimedElsewhere, lockDomainName } from "./verify-domain";

/** 32 random URL-safe characters (192 bits). */
export function newVerificationToken(): string {
  return randomBytes(24).toString("base64url");
}

export type AddDomainResult = { id: string; domain: string; record: ReturnType<typeof verificationRecord> };

/** Adds a PENDING domain with a fresh token; the organization then publishes its TXT record. */
export const addDomain = defineOrgAction({
  capability: "domains.manage",
  schema: addDomainSchema,
  write: true,
  async run({ access, actor, input }): Promise<AddDomainResult> {
    const { domain } = input;
    const organizationId = access.organization.id;
    if (isPublicSuffix(domain)) throw new AppError("INVALID", "domains.errors.publicSuffix", { field: "domain", params: { domain } });
    if (isFreeMailDomain(domain)) throw new AppError("FREE_MAIL", "domains.errors.freeMail", { field: "domain", params: { domain } });
    return onUnique(
      db.$transaction(async (tx) => {
        await lockDomainName(tx, domain);
        // Says only that another organization has it (or a parent of it), never which one.
        if (await isClaimedElsewhere(tx, domain, organizationId)) {
          throw new AppError("VERIFIED_ELSEWHERE", "domains.errors.claimedElsewhere", { field: "domain" });
        }
        const token = newVerificationToken();
        const created = await tx.verifiedDomain.create({
          data: { organizationId, domain, token },
          select: { id: true, domain: true, token: true },
        });
        await audit(tx, actor, {
          organizationId,
          action: "domain.added",
          targetType: "VerifiedDomain",
          targetId: created.id,
          metadata: { domain },
        });
        return { id: created.id, domain: created.domain, record: verificationRecord(created.domain, created.token) };
      }),
      () => new AppError("DUPLICATE", "domains.errors.duplicate", { field: "domain" }),
    );
  },
});
