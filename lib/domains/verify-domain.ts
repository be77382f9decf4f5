// Verify: look up the domain's TXT records (outside any transaction), then record the
// outcome under a lock on the domain's family of names, so two organizations can never
// both verify it, nor one a parent and the other a subdomain of it (a verified domain
// covers its subdomains' addresses: see verified-domain-for-email.ts).
import { db, type Tx } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DomainStatus } from "@/lib/db/generated/enums";
import { translator } from "@/lib/i18n";
import { checkFailureKey, type CheckFailure } from "./check-failure";
import { domainAndParents } from "./normalize-domain";
import { getTxtResolver, type TxtResolver } from "./resolver";
import { domainIdSchema, VERIFICATION_PREFIX, verificationRecord } from "./schemas";

export type CheckOutcome = { verified: true } | { verified: false; reason: Exclude<CheckFailure, "takenByOther"> };

/**
 * The advisory lock's name for a domain: its last two labels ("eu.sales.example.com" →
 * "example.com"). Names that can conflict (one is the other or a parent of it) always end
 * with the same two labels, so they always take the same lock.
 */
export function domainLockName(domain: string): string {
  return `verified-domain:${domain.split(".").slice(-2).join(".")}`;
}

/**
 * Serializes, across organizations and until the transaction ends, every change of
 * verification state of the domain, its parents and its subdomains.
 */
export async function lockDomainName(tx: Tx, domain: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${domainLockName(domain)}::text))`;
}

/**
 * Does an organization other than `organizationId` have a VERIFIED domain that is `domain`,
 * a parent of it, or a subdomain of it? Either way both would cover the same addresses.
 * (The one cross-tenant read: existence only.) Call it under lockDomainName.
 */
export async function isVerifiedElsewhere(tx: Pick<Tx, "verifiedDomain">, domain: string, organizationId: string): Promise<boolean> {
  const other = await tx.verifiedDomain.findFirst({
    where: {
      status: "VERIFIED",
      organizationId: { not: organizationId },
      OR: [{ domain: { in: domainAndParents(domain) } }, { domain: { endsWith: `.${domain}` } }],
    },
    select: { id: true },
  });
  return !!other;
}

function failureOf(error: unknown): Exclude<CheckFailure, "takenByOther" | "mismatch"> {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOTFOUND" || code === "NXDOMAIN") return "notFound";
  if (code === "ENODATA") return "noRecord";
  if (code === "ETIMEOUT" || code === "ETIMEDOUT" || code === "ECANCELLED") return "timeout";
  return "dnsError";
}

/** Looks for a TXT record on `domain` whose value is exactly `expected` (records split in chunks are joined). */
export async function checkTxtRecord(resolve: TxtResolver, domain: string, expected: string): Promise<CheckOutcome> {
  let records: string[][];
  try {
    records = await resolve(domain);
  } catch (error) {
    return { verified: false, reason: failureOf(error) };
  }
  const values = records.map((chunks) => chunks.join("").trim());
  if (values.includes(expected)) return { verified: true };
  return { verified: false, reason: values.some((value) => value.startsWith(VERIFICATION_PREFIX)) ? "mismatch" : "noRecord" };
}

export type VerifyDomainResult = { id: string; domain: string; status: DomainStatus; reason: CheckFailure | null; message: string };

export const verifyDomain = defineOrgAction({
  capability: "domains.manage",
  schema: domainIdSchema,
  write: true,
  async run({ access, actor, input, locale }): Promise<VerifyDomainResult> {
    const t = translator(locale);
    const organizationId = access.organization.id;
    const row = await db.verifiedDomain.findFirst({ where: { id: input.domainId, organizationId }, select: { id: true, domain: true, token: true, status: true } });
    if (!row) throw new AppError("NOT_FOUND", "domains.errors.notFound");
    if (row.status === "VERIFIED") return { id: row.id, domain: row.domain, status: "VERIFIED", reason: null, message: t("domains.verified", { domain: row.domain }) };

    // The network lookup happens before the transaction, which then only holds the lock briefly.
    const outcome = await checkTxtRecord(getTxtResolver(), row.domain, verificationRecord(row.domain, row.token).value);

    const { status, reason } = await db.$transaction(async (tx) => {
      await lockDomainName(tx, row.domain);
      let reason: CheckFailure | null = outcome.verified ? null : outcome.reason;
      if (!reason && (await isVerifiedElsewhere(tx, row.domain, organizationId))) reason = "takenByOther";
      const status: DomainStatus = reason ? "FAILED" : "VERIFIED";
      const now = new Date();
      const updated = await tx.verifiedDomain.updateMany({
        where: { id: row.id, organizationId },
        data: { status, lastCheckedAt: now, lastError: reason ? checkFailureKey(reason) : null, ...(reason ? {} : { verifiedAt: now }) },
      });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "domains.errors.notFound");
      await recordAuditEvent(tx, {
        organizationId, actorUserId: actor.userId, action: reason ? "domain.verificationFailed" : "domain.verified",
        targetType: "VerifiedDomain", targetId: row.id, metadata: { domain: row.domain, ...(reason ? { reason } : {}) },
        ip: actor.ip, userAgent: actor.userAgent,
      });
      return { status, reason };
    });

    const message = reason
      ? t("domains.notVerified", { domain: row.domain, reason: t(checkFailureKey(reason)) })
      : t("domains.verified", { domain: row.domain });
    return { id: row.id, domain: row.domain, status, reason, message };
  },
});
