// Verify: look up the domain's TXT records (outside any transaction), then record the
// outcome under a lock on the domain's family of names. One organization per domain; a
// domain whose parent another organization verified is refused too (the parent's owner
// controls the zone and covers its subdomains' addresses), but a verified subdomain does
// not block its parent's owner: both may then be verified, and an address belongs to the
// most specific one (see verified-domain-for-email.ts).
import { db, type Tx } from "@/lib/db/prisma";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import type { DomainStatus } from "@/lib/db/generated/enums";
import { translator } from "@/lib/i18n";
import { checkFailureKey, type CheckFailure } from "./check-failure";
import { coveringDomains, isPublicSuffix } from "./normalize-domain";
import { getTxtResolver, type TxtResolver } from "./resolver";
import { domainIdSchema, VERIFICATION_PREFIX, verificationRecord } from "./schemas";

export type CheckOutcome = { verified: true } | { verified: false; reason: Exclude<CheckFailure, "takenByOther" | "claimedElsewhere"> };

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
 * Does an organization other than `organizationId` have a VERIFIED domain that is `domain`
 * or a parent of it (down to the registrable domain: a public suffix verified before these
 * were refused claims nothing)? Its subdomains verified elsewhere do not count: they stay
 * theirs (see verified-domain-for-email.ts). (A cross-tenant read: existence only.)
 * Call it under lockDomainName.
 */
export async function isClaimedElsewhere(tx: Pick<Tx, "verifiedDomain">, domain: string, organizationId: string): Promise<boolean> {
  const other = await tx.verifiedDomain.findFirst({
    where: { status: "VERIFIED", organizationId: { not: organizationId }, domain: { in: coveringDomains(domain) } },
    select: { id: true },
  });
  return !!other;
}

function failureOf(error: unknown): Exclude<CheckFailure, "takenByOther" | "claimedElsewhere" | "mismatch"> {
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
    const row = await db.verifiedDomain.findFirst({
      where: { id: input.domainId, organizationId },
      select: { id: true, domain: true, token: true, status: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "domains.errors.notFound");
    // Added before public suffixes were refused: never verified now.
    if (isPublicSuffix(row.domain)) throw new AppError("INVALID", "domains.errors.publicSuffix", { params: { domain: row.domain } });
    if (row.status === "VERIFIED")
      return { id: row.id, domain: row.domain, status: "VERIFIED", reason: null, message: t("domains.verified", { domain: row.domain }) };

    // The network lookup happens before the transaction, which then only holds the lock briefly.
    const outcome = await checkTxtRecord(getTxtResolver(), row.domain, verificationRecord(row.domain, row.token).value);

    const { status, reason } = await db.$transaction(async (tx) => {
      await lockDomainName(tx, row.domain);
      let reason: CheckFailure | null = outcome.verified ? null : outcome.reason;
      if (!reason && (await isClaimedElsewhere(tx, row.domain, organizationId))) reason = "claimedElsewhere";
      const status: DomainStatus = reason ? "FAILED" : "VERIFIED";
      const now = new Date();
      const updated = await tx.verifiedDomain.updateMany({
        where: { id: row.id, organizationId },
        data: { status, lastCheckedAt: now, lastError: reason ? checkFailureKey(reason) : null, ...(reason ? {} : { verifiedAt: now }) },
      });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "domains.errors.notFound");
      await audit(tx, actor, {
        organizationId,
        action: reason ? "domain.verificationFailed" : "domain.verified",
        targetType: "VerifiedDomain",
        targetId: row.id,
        metadata: { domain: row.domain, ...(reason ? { reason } : {}) },
      });
      return { status, reason };
    });

    const message = reason
      ? t("domains.notVerified", { domain: row.domain, reason: t(checkFailureKey(reason)) })
      : t("domains.verified", { domain: row.domain });
    return { id: row.id, domain: row.domain, status, reason, message };
  },
});
