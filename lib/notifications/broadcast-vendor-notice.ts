// The vendor's broadcasts (SPEC §3): a security & privacy update or a data protection alert,
// to one organization or to every one. Each organization is its own transaction (routing,
// outbox rows, audit event), and a broadcast is identified by its content: running the same
// command again, e.g. after an interruption, skips the organizations that already have it.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { SLUG_PATTERN } from "@/lib/orgs/schemas";
import { notify } from "./notify";

export const VENDOR_NOTICE_KINDS = { security: "security_privacy", "data-protection": "data_protection" } as const;
export type VendorNoticeCommand = keyof typeof VENDOR_NOTICE_KINDS;

export const vendorNoticeSchema = z.object({
  kind: z.enum(["security", "data-protection"]),
  subject: z
    .string()
    .trim()
    .min(1, "the subject is empty")
    .max(200, "the subject is longer than 200 characters")
    .refine((s) => !/[\r\n]/.test(s), "the subject must be one line"),
  body: z.string().trim().min(1, "the body is empty").max(100_000, "the body is longer than 100,000 characters"),
  organizationSlug: z.string().regex(SLUG_PATTERN, "not an organization slug").optional(),
});
export type VendorNotice = z.output<typeof vendorNoticeSchema>;

export type BroadcastResult = { organizations: number; emails: number; skipped: number; missing: boolean };

const ORGANIZATIONS_PER_PAGE = 200;

/** The broadcast's identity: the same kind, subject and body make the same broadcast. */
export function broadcastKey(notice: Pick<VendorNotice, "kind" | "subject" | "body">): string {
  return createHash("sha256")
    .update(JSON.stringify([notice.kind, notice.subject, notice.body]))
    .digest("hex")
    .slice(0, 32);
}

export async function broadcastVendorNotice(
  db: Db,
  notice: VendorNotice,
  log: (line: string) => void = () => {},
): Promise<BroadcastResult> {
  const kind = VENDOR_NOTICE_KINDS[notice.kind];
  const key = broadcastKey(notice);
  const result: BroadcastResult = { organizations: 0, emails: 0, skipped: 0, missing: false };
  let after = "";
  for (;;) {
    const organizations = await db.organization.findMany({
      where: notice.organizationSlug ? { slug: notice.organizationSlug } : { id: { gt: after } },
      select: { id: true, slug: true },
      orderBy: { id: "asc" },
      take: ORGANIZATIONS_PER_PAGE,
    });
    if (notice.organizationSlug && organizations.length === 0) return { ...result, missing: true };
    for (const organization of organizations) {
      const emails = await db.$transaction(async (tx) => {
        // One broadcast per organization, even when two runs of the command race.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`broadcast:${key}:${organization.id}`}))`;
        const done = await tx.auditEvent.count({ where: { targetType: "Broadcast", targetId: key, organizationId: organization.id } });
        if (done > 0) return null;
        const { emailIds } = await notify(tx, { kind, organizationId: organization.id, subject: notice.subject, body: notice.body });
        await audit(tx, null, {
          organizationId: organization.id,
          action: "notification.broadcast",
          targetType: "Broadcast",
          targetId: key,
          metadata: { kind, subject: notice.subject, emails: emailIds.length },
        });
        return emailIds.length;
      });
      if (emails === null) {
        result.skipped++;
        log(`${organization.slug}: already sent, skipped`);
        continue;
      }
      result.organizations++;
      result.emails += emails;
      log(`${organization.slug}: ${emails} email(s)`);
    }
    if (notice.organizationSlug || organizations.length < ORGANIZATIONS_PER_PAGE) return result;
    after = organizations[organizations.length - 1].id;
  }
}
