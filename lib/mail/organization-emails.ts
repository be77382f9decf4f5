// The organization's email delivery log (SPEC §1: an email's status is visible),
// and sending a failed email again.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { defineOrgAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors/app-error";
import { audit } from "@/lib/audit/audit";
import { idField } from "@/lib/validation/fields";
import { isContactNotification } from "./disabled-recipients";
import { carriesSecrets } from "./outbox-secrets";
import { settlePage } from "@/lib/pagination/page-nav";
import { pageMode, pageRequestFields } from "@/lib/pagination/page-request";
import { fetchPage } from "@/lib/pagination/prisma";
import { organizationTotal } from "@/lib/pagination/sql";
import { countUpTo } from "@/lib/pagination/total";
import { kickMailWorker } from "./worker";

export const EMAIL_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "CANCELLED"] as const;
export const EMAILS_PER_PAGE = 50;

export const emailLogQuerySchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  ...pageRequestFields,
});
export type EmailLogQuery = z.output<typeof emailLogQuerySchema>;

/**
 * A page of the log, newest first, in two statements: the page (by key in the
 * (organizationId, [status,] createdAt, id) index) and a total that does not count past the cap.
 */
export async function listOrganizationEmails(access: OrgAccess, query: EmailLogQuery) {
  const organizationId = access.organization.id;
  const where = { organizationId, ...(query.status ? { status: query.status } : {}) };
  const [page, total] = await Promise.all([
    fetchPage(pageMode(query, EMAILS_PER_PAGE), EMAILS_PER_PAGE, (args) =>
      db.emailOutbox.findMany({
        where,
        select: {
          id: true,
          toEmail: true,
          toName: true,
          subject: true,
          template: true,
          status: true,
          attempts: true,
          lastError: true,
          nextAttemptAt: true,
          createdAt: true,
          sentAt: true,
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...args,
      }),
    ),
    query.status ? countUpTo((take) => db.emailOutbox.count({ where, take })) : organizationTotal(db, "EmailOutbox", organizationId),
  ]);
  return settlePage(page.rows, { request: query, mode: page.mode, size: EMAILS_PER_PAGE, total });
}

export const retryEmail = defineOrgAction({
  capability: "emails.manage",
  schema: z.object({ emailId: idField }),
  write: true,
  async run({ access, actor, input }) {
    const organizationId = access.organization.id;
    const email = await db.$transaction(async (tx) => {
      const row = await tx.emailOutbox.findFirst({
        where: { id: input.emailId, organizationId },
        select: { id: true, status: true, toEmail: true, template: true },
      });
      if (!row) throw new AppError("NOT_FOUND", "outbox.errors.notFound");
      if (row.status !== "FAILED") throw new AppError("NOT_FAILED", "outbox.errors.notFailed");
      // Its link was erased when it failed (outbox-secrets.ts).
      if (carriesSecrets(row.template)) throw new AppError("LINK_NOT_KEPT", "outbox.errors.linkNotKept");
      if (isContactNotification(row.template)) {
        const disabled = await tx.contact.count({ where: { organizationId, email: row.toEmail, status: "DISABLED" } });
        if (disabled) throw new AppError("RECIPIENT_DISABLED", "outbox.errors.recipientDisabled");
      }
      await tx.emailOutbox.update({
        where: { id: row.id },
        data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
      });
      await audit(tx, actor, { organizationId, action: "email.retried", targetType: "EmailOutbox", targetId: row.id });
      return row;
    });
    kickMailWorker();
    return { id: email.id, to: email.toEmail };
  },
});
