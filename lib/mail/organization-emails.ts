// The organization's email delivery log (SPEC §1: an email's status is visible),
// and sending a failed email again.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { idField } from "@/lib/contacts/schemas";
import { isContactNotification } from "./disabled-recipients";
import { kickMailWorker } from "./worker";

export const EMAIL_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "CANCELLED"] as const;
export const EMAILS_PER_PAGE = 50;

export const emailLogQuerySchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type EmailLogQuery = z.output<typeof emailLogQuerySchema>;

export async function listOrganizationEmails(access: OrgAccess, query: EmailLogQuery) {
  const where = { organizationId: access.organization.id, ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db.emailOutbox.findMany({
      where,
      select: { id: true, toEmail: true, toName: true, subject: true, template: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true, sentAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * EMAILS_PER_PAGE,
      take: EMAILS_PER_PAGE,
    }),
    db.emailOutbox.count({ where }),
  ]);
  return { rows, total, page: query.page, pages: Math.max(1, Math.ceil(total / EMAILS_PER_PAGE)) };
}

export const retryEmail = defineOrgAction({
  capability: "emails.manage",
  schema: z.object({ emailId: idField }),
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    const email = await db.$transaction(async (tx) => {
      const row = await tx.emailOutbox.findFirst({ where: { id: input.emailId, organizationId }, select: { id: true, status: true, toEmail: true, template: true } });
      if (!row) throw new AppError("NOT_FOUND", "outbox.errors.notFound");
      if (row.status !== "FAILED") throw new AppError("NOT_FAILED", "outbox.errors.notFailed");
      if (isContactNotification(row.template)) {
        const disabled = await tx.contact.count({ where: { organizationId, email: row.toEmail, status: "DISABLED" } });
        if (disabled) throw new AppError("RECIPIENT_DISABLED", "outbox.errors.recipientDisabled");
      }
      await tx.emailOutbox.update({ where: { id: row.id }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null } });
      await recordAuditEvent(tx, { organizationId, actorUserId: actor.userId, action: "email.retried", targetType: "EmailOutbox", targetId: row.id, ip: actor.ip, userAgent: actor.userAgent });
      return row;
    });
    kickMailWorker();
    return { id: email.id, to: email.toEmail };
  },
});
