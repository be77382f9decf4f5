import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { listOrganizationEmails, retryEmail } from "@/lib/mail/organization-emails";
import type { PageRequest } from "@/lib/pagination/page-request";
import { actorOf, createContact, createOrgWithRoles } from "../support/factories";

const email = (organizationId: string, toEmail: string, status: "PENDING" | "SENT" | "FAILED" = "FAILED", template = "orders-reassigned") =>
  db.emailOutbox.create({
    data: {
      organizationId,
      toEmail,
      template,
      locale: "en",
      subject: "Subject",
      html: "h",
      text: "t",
      status,
      attempts: status === "FAILED" ? 8 : 0,
      lastError: status === "FAILED" ? "550 mailbox unavailable" : null,
    },
  });

describe("email delivery log", () => {
  it("lists this organization's emails only, newest first, filtered by status", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    await email(a.organization.id, "one@x.test", "SENT");
    await email(a.organization.id, "two@x.test", "FAILED");
    await email(b.organization.id, "foreign@x.test", "FAILED");
    const access = await authorize(db, actorOf(a.users.ORG_ADMIN), a.organization.slug, "audit.view");
    expect((await listOrganizationEmails(access, { page: 1 })).rows.map((r) => r.toEmail)).toEqual(["two@x.test", "one@x.test"]);
    expect((await listOrganizationEmails(access, { page: 1, status: "FAILED" })).rows.map((r) => r.toEmail)).toEqual(["two@x.test"]);
  });

  it("pages the log newest first by key: forward and back give every email once, ties ordered by id", async () => {
    const a = await createOrgWithRoles();
    const base = Date.now() - 86_400_000;
    // 120 emails, every second one sharing its neighbour's time.
    await db.emailOutbox.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        organizationId: a.organization.id,
        toEmail: `r${i}@x.test`,
        template: "t",
        subject: "S",
        html: "h",
        text: "t",
        status: i % 3 ? ("SENT" as const) : ("FAILED" as const),
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
      })),
    });
    const access = await authorize(db, actorOf(a.users.ORG_ADMIN), a.organization.slug, "emails.manage");
    const expected = (
      await db.emailOutbox.findMany({
        where: { organizationId: a.organization.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((r) => r.id);
    const forward: string[] = [];
    let request: PageRequest | null = { page: 1 };
    while (request) {
      const page: Awaited<ReturnType<typeof listOrganizationEmails>> = await listOrganizationEmails(access, { ...request });
      expect(page.total).toEqual({ count: 120, kind: "exact" });
      forward.push(...page.rows.map((r) => r.id));
      request = page.nav.next;
    }
    expect(forward).toEqual(expected);
    const backward: string[] = [];
    request = (await listOrganizationEmails(access, { page: 1 })).nav.last;
    expect(request).toEqual({ page: 3 });
    while (request) {
      const page: Awaited<ReturnType<typeof listOrganizationEmails>> = await listOrganizationEmails(access, { ...request });
      backward.unshift(...page.rows.map((r) => r.id));
      request = page.nav.previous;
    }
    expect(backward).toEqual(expected);
    expect((await listOrganizationEmails(access, { page: 1, status: "FAILED" })).total).toEqual({ count: 40, kind: "exact" });
    // A boundary row that no longer exists: the page is found by its number.
    const gone = await listOrganizationEmails(access, { page: 2, after: "no-such-email" });
    expect(gone.rows.map((r) => r.id)).toEqual(expected.slice(50, 100));
  });

  it("sends a failed email again (org admins only), never a foreign, non-failed, disabled-recipient or link-carrying one", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const failed = await email(a.organization.id, "again@x.test");
    for (const role of ["BILLING_ADMIN", "USER_ADMIN", "MEMBER"] as const) {
      expect(await retryEmail.call(actorOf(a.users[role]), a.organization.slug, { emailId: failed.id })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect(await retryEmail.call(actorOf(b.users.ORG_ADMIN), a.organization.slug, { emailId: failed.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const foreign = await email(b.organization.id, "foreign@x.test");
    expect(await retryEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { emailId: foreign.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const sent = await email(a.organization.id, "sent@x.test", "SENT");
    expect(await retryEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { emailId: sent.id })).toMatchObject({
      ok: false,
      code: "NOT_FAILED",
    });
    const gone = await createContact(a.organization.id, { status: "DISABLED" });
    const toDisabled = await email(a.organization.id, gone.email);
    expect(await retryEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { emailId: toDisabled.id })).toMatchObject({
      ok: false,
      code: "RECIPIENT_DISABLED",
    });
    // An email with a sign-in or invitation link cannot be sent again: its link was erased when it
    // failed (lib/mail/outbox-secrets.ts); the invitation is resent instead, with a new link.
    const invitation = await email(a.organization.id, gone.email, "FAILED", "contact-invitation");
    expect(await retryEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { emailId: invitation.id })).toMatchObject({
      ok: false,
      code: "LINK_NOT_KEPT",
    });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "FAILED" });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ status: "FAILED" });

    expect(await retryEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { emailId: failed.id })).toMatchObject({
      ok: true,
      data: { to: "again@x.test" },
    });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await db.auditEvent.count({ where: { action: "email.retried", targetId: failed.id } })).toBe(1);
  });
});
