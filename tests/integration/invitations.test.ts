// Contact invitations against a real PostgreSQL (and a real SMTP server for delivery):
// create → share or send → accept, resend, revoke, expiry, races, and every action
// refused to whoever may not manage contacts, called directly (a hidden button proves nothing).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { ActionResult } from "@/lib/actions/result";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { markInvitationShared } from "@/lib/invitations/mark-invitation-shared";
import { loadInvitation } from "@/lib/invitations/load-invitation";
import { hashToken } from "@/lib/invitations/token";
import { deliverDueEmails } from "@/lib/mail/dispatcher";
import { createMailTransport } from "@/lib/mail/transport";
import { translator } from "@/lib/i18n";
import { actorOf, createContact, createOrgWithRoles, createUser, uid } from "../support/factories";
import { renderedOutboxEmail } from "../support/notification-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>;
let a: Org;
let b: Org;

beforeAll(async () => {
  a = await createOrgWithRoles("Alpha");
  b = await createOrgWithRoles("Beta");
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

function failure<T>(result: ActionResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result;
}

const tokenOf = (url: string) => url.split("/invite/")[1];
const uniqueEmail = (name = "invitee") => `${name}-${uid()}@example.test`;

async function invite(org: Org = a, input: { roles?: ContactRoleType[]; language?: "en" | "fr" } = {}) {
  const created = data(
    await createContactInvitation.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
      roles: input.roles ?? ["PRIMARY_TECHNICAL", "NEW_QUOTES"],
      language: input.language ?? "en",
    }),
  );
  return { ...created, token: tokenOf(created.url) };
}

async function inviteAndSend(org: Org = a, email = uniqueEmail(), input: { roles?: ContactRoleType[]; language?: "en" | "fr" } = {}) {
  const created = await invite(org, input);
  data(
    await sendInvitationEmail.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
      invitationId: created.invitationId,
      token: created.token,
      email,
    }),
  );
  return { ...created, email };
}

/** Everything an invitation action could write, for "nothing was written" checks. */
async function snapshot() {
  const [invitations, emails, audits, contacts, roles] = await Promise.all([
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.emailOutbox.count(),
    db.auditEvent.count(),
    db.contact.findMany({ orderBy: { id: "asc" } }),
    db.contactRole.count(),
  ]);
  return { invitations, emails, audits, contacts, roles };
}

describe("creating a contact invitation", () => {
  it("stores only the hash of the link's token, valid 7 days, with the roles, language and creator, and audits it", async () => {
    const before = Date.now();
    const created = await invite(a, { roles: ["PRIMARY_BILLING", "UNPAID_INVOICES"], language: "fr" });
    expect(created.url).toMatch(new RegExp(`^${process.env.APP_URL}/invite/[A-Za-z0-9_-]{43}$`));
    expect(created.token).toBe(tokenOf(created.url));

    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row).toMatchObject({
      organizationId: a.organization.id,
      kind: "CONTACT",
      tokenHash: hashToken(created.token),
      email: null,
      contactRoles: ["PRIMARY_BILLING", "UNPAID_INVOICES"],
      language: "fr",
      createdByUserId: a.users.ORG_ADMIN.id,
      revokedAt: null,
      acceptedAt: null,
      lastSentAt: null,
    });
    const sevenDays = 7 * 24 * 3600 * 1000;
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + sevenDays - 1000);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + sevenDays + 1000);
    expect(new Date(created.expiresAt).getTime()).toBe(row.expiresAt.getTime());
    expect(
      await db.auditEvent.count({
        where: { action: "invitation.created", targetId: created.invitationId, actorUserId: a.users.ORG_ADMIN.id },
      }),
    ).toBe(1);

    // The raw token is in no column of any table.
    const tables = await db.$queryRaw<
      { table_name: string }[]
    >`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    for (const { table_name } of tables) {
      const [{ count }] = await db.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count FROM "${table_name}" t WHERE t::text LIKE $1`,
        `%${created.token}%`,
      );
      expect({ table: table_name, count: Number(count) }).toEqual({ table: table_name, count: 0 });
    }
  });

  it("returns the invitation message in the chosen language, with the link: the words of the email", async () => {
    const fr = translator("fr");
    const created = await invite(a, { roles: ["SECURITY_PRIVACY"], language: "fr" });
    const inviter = a.users.ORG_ADMIN.name!;
    expect(created.message.subject).toBe(fr("invitations.email.subject", { inviter, organization: a.organization.name }));
    expect(created.message.text).toContain(created.url);
    expect(created.message.text).toContain(fr("contactRoles.SECURITY_PRIVACY"));
    expect(created.message.text).toContain(fr("invitations.roleDescriptions.SECURITY_PRIVACY"));
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await snapshot();
    const admin = actorOf(a.users.ORG_ADMIN);
    const unknownRole = failure(
      await createContactInvitation.call(admin, a.organization.slug, { roles: ["PRIMARY_TECHNICAL", "GOD_MODE"], language: "en" }),
    );
    expect(unknownRole.code).toBe("INVALID");
    expect(Object.keys(unknownRole.fieldErrors ?? {}).some((field) => field.startsWith("roles"))).toBe(true);
    const noRole = failure(await createContactInvitation.call(admin, a.organization.slug, { language: "en" }));
    expect(noRole.fieldErrors?.roles).toEqual([translator("en")("invitations.errors.noRoles")]);
    const badLanguage = failure(
      await createContactInvitation.call(admin, a.organization.slug, { roles: ["NEW_QUOTES"], language: "klingon" }),
    );
    expect(badLanguage.fieldErrors?.language).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it("takes form data with a checkbox group", async () => {
    const form = new FormData();
    form.append("roles", "PRIMARY_LICENSEE");
    form.append("roles", "DATA_PROTECTION");
    form.append("language", "en");
    const created = data(await createContactInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, form));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).contactRoles).toEqual([
      "PRIMARY_LICENSEE",
      "DATA_PROTECTION",
    ]);
  });
});

describe("sending an invitation by email", () => {
  let sink: SmtpSink;
  let transport: ReturnType<typeof createMailTransport>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = createMailTransport(sink.url);
  });
  afterAll(async () => {
    transport.close();
    await sink.stop();
  });

  it("writes an outbox email in the invitation's language with the link on screen, and it arrives over SMTP", async () => {
    const email = uniqueEmail("ada");
    const created = await invite(a, { roles: ["PRIMARY_LICENSEE"], language: "fr" });
    const result = data(
      await sendInvitationEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, {
        invitationId: created.invitationId,
        token: created.token,
        email: ` ${email.toUpperCase()} `,
      }),
    );
    expect(result).toEqual({ email, previousEmail: null });

    const outbox = await db.emailOutbox.findMany({ where: { toEmail: email } });
    expect(outbox).toHaveLength(1);
    const fr = translator("fr");
    expect(outbox[0]).toMatchObject({
      organizationId: a.organization.id,
      template: "contact-invitation",
      locale: "fr",
      status: "PENDING",
      subject: created.message.subject,
    });
    expect(outbox[0].subject).toBe(
      fr("invitations.email.subject", { inviter: a.users.ORG_ADMIN.name!, organization: a.organization.name }),
    );
    const content = await renderedOutboxEmail(outbox[0].id);
    expect(content.text).toContain(created.url);
    expect(content.html).toContain(`href="${created.url}"`);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row.email).toBe(email);
    expect(row.lastSentAt).toBeInstanceOf(Date);
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(await db.auditEvent.count({ where: { action: "invitation.sent", targetId: created.invitationId } })).toBe(1);

    await deliverDueEmails({ db, transport });
    const messages = await sink.waitFor((all) => all.some((m) => m.recipients.includes(email)));
    const message = messages.find((m) => m.recipients.includes(email))!;
    expect(message.mail.subject).toBe(outbox[0].subject);
    expect(message.mail.text).toContain(created.url);
    expect(message.mail.html).toContain('lang="fr"');
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: outbox[0].id } })).status).toBe("SENT");
  });

  it("sending to another address replaces the one it was sent to, and says which: the pending list and Resend use the last one", async () => {
    const admin = actorOf(a.users.ORG_ADMIN);
    const [first, second] = [uniqueEmail("first"), uniqueEmail("second")];
    const created = await invite(a);
    data(
      await sendInvitationEmail.call(admin, a.organization.slug, {
        invitationId: created.invitationId,
        token: created.token,
        email: first,
      }),
    );
    // The same address again replaces nothing.
    expect(
      data(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: created.invitationId,
          token: created.token,
          email: first,
        }),
      ),
    ).toEqual({ email: first, previousEmail: null });
    expect(
      data(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: created.invitationId,
          token: created.token,
          email: second,
        }),
      ),
    ).toEqual({ email: second, previousEmail: first });

    expect((await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).email).toBe(second);
    const sent = await db.auditEvent.findMany({
      where: { action: "invitation.sent", targetId: created.invitationId },
      orderBy: { createdAt: "asc" },
    });
    expect(sent.map((e) => e.metadata)).toEqual([{ email: first }, { email: first }, { email: second, replacedEmail: first }]);
    const pending = (await listPendingInvitations({ organization: a.organization }, { limit: 200 })).invitations.find(
      (i) => i.id === created.invitationId,
    );
    expect(pending?.email).toBe(second);
    expect(data(await resendInvitation.call(admin, a.organization.slug, { invitationId: created.invitationId })).email).toBe(second);
    expect(await db.emailOutbox.count({ where: { toEmail: first } })).toBe(2);
    expect(await db.emailOutbox.count({ where: { toEmail: second } })).toBe(2);
  });

  it("refuses a token that is not this invitation's, a bad email, a foreign or unknown invitation, and writes nothing", async () => {
    const created = await invite(a);
    const other = await invite(a);
    const foreign = await invite(b);
    const admin = actorOf(a.users.ORG_ADMIN);
    const before = await snapshot();

    const wrongToken = failure(
      await sendInvitationEmail.call(admin, a.organization.slug, {
        invitationId: created.invitationId,
        token: other.token,
        email: uniqueEmail(),
      }),
    );
    expect(wrongToken.code).toBe("LINK_REPLACED");
    const badEmail = failure(
      await sendInvitationEmail.call(admin, a.organization.slug, {
        invitationId: created.invitationId,
        token: created.token,
        email: "not-an-email",
      }),
    );
    expect(badEmail.fieldErrors?.email).toEqual([translator("en")("errors.email")]);
    const foreignId = failure(
      await sendInvitationEmail.call(admin, a.organization.slug, {
        invitationId: foreign.invitationId,
        token: foreign.token,
        email: uniqueEmail(),
      }),
    );
    expect(foreignId).toMatchObject({ code: "NOT_FOUND", formError: translator("en")("invitations.errors.notFound") });
    const unknown = failure(
      await sendInvitationEmail.call(admin, a.organization.slug, { invitationId: "nope", token: created.token, email: uniqueEmail() }),
    );
    expect(unknown.code).toBe("NOT_FOUND");

    expect(await snapshot()).toEqual(before);
  });

  it("refuses to send a revoked, used or expired invitation", async () => {
    const admin = actorOf(a.users.ORG_ADMIN);
    const revoked = await invite(a);
    data(await revokeInvitation.call(admin, a.organization.slug, { invitationId: revoked.invitationId }));
    expect(
      failure(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: revoked.invitationId,
          token: revoked.token,
          email: uniqueEmail(),
        }),
      ).code,
    ).toBe("REVOKED");

    const used = await invite(a);
    data(await acceptInvitation.call(actorOf(await createUser()), { token: used.token }));
    expect(
      failure(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: used.invitationId,
          token: used.token,
          email: uniqueEmail(),
        }),
      ).code,
    ).toBe("USED");

    const expired = await invite(a);
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(
      failure(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: expired.invitationId,
          token: expired.token,
          email: uniqueEmail(),
        }),
      ).code,
    ).toBe("EXPIRED");
  });
});

describe("resending an invitation", () => {
  it("rotates the token (the old link is then not found), renews the expiry and emails the new link to the same address", async () => {
    const sent = await inviteAndSend(a, uniqueEmail(), { language: "fr" });
    await db.invitation.update({ where: { id: sent.invitationId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect((await loadInvitation(sent.token)).state).toBe("expired");

    const result = data(await resendInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { invitationId: sent.invitationId }));
    expect(result.email).toBe(sent.email);
    expect(new Date(result.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000 - 60_000);

    expect(await loadInvitation(sent.token)).toEqual({ state: "not_found" });
    const emails = await db.emailOutbox.findMany({ where: { toEmail: sent.email }, orderBy: { createdAt: "asc" } });
    expect(emails).toHaveLength(2);
    expect(emails[1].locale).toBe("fr");
    const newUrl = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/.exec((await renderedOutboxEmail(emails[1].id)).text)![0];
    const newToken = tokenOf(newUrl);
    expect(newToken).not.toBe(sent.token);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } });
    expect(row.tokenHash).toBe(hashToken(newToken));
    expect((await loadInvitation(newToken)).state).toBe("valid");
    expect(await db.auditEvent.count({ where: { action: "invitation.resent", targetId: sent.invitationId } })).toBe(1);

    // The old link can no longer be accepted, nor sent from the dialog that showed it.
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: sent.token })).code).toBe("NOT_FOUND");
    expect(
      failure(
        await sendInvitationEmail.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, {
          invitationId: sent.invitationId,
          token: sent.token,
          email: uniqueEmail(),
        }),
      ).code,
    ).toBe("LINK_REPLACED");
    data(await acceptInvitation.call(actorOf(await createUser()), { token: newToken }));
  });

  it("is refused for an invitation never sent by email, and writes nothing", async () => {
    const created = await invite(a);
    const before = await snapshot();
    const refused = failure(
      await resendInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { invitationId: created.invitationId }),
    );
    expect(refused).toMatchObject({ code: "NEVER_SENT", formError: translator("en")("invitations.errors.neverSent") });
    expect(await snapshot()).toEqual(before);
  });

  it("is refused for a revoked or used invitation", async () => {
    const admin = actorOf(a.users.ORG_ADMIN);
    const revoked = await inviteAndSend(a);
    data(await revokeInvitation.call(admin, a.organization.slug, { invitationId: revoked.invitationId }));
    expect(failure(await resendInvitation.call(admin, a.organization.slug, { invitationId: revoked.invitationId })).code).toBe("REVOKED");
    const used = await inviteAndSend(a);
    data(await acceptInvitation.call(actorOf(await createUser()), { token: used.token }));
    expect(failure(await resendInvitation.call(admin, a.organization.slug, { invitationId: used.invitationId })).code).toBe("USED");
  });
});

describe("revoking an invitation", () => {
  it("makes the link say revoked: accepting it is refused and changes nothing", async () => {
    const created = await invite(a);
    data(await revokeInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { invitationId: created.invitationId }));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).revokedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "invitation.revoked", targetId: created.invitationId } })).toBe(1);
    expect(await loadInvitation(created.token)).toMatchObject({ state: "revoked", organization: { name: a.organization.name } });

    const before = await snapshot();
    const refused = failure(await acceptInvitation.call(actorOf(await createUser()), { token: created.token }));
    expect(refused).toMatchObject({ code: "REVOKED", formError: translator("en")("invitations.errors.revoked") });
    expect((await snapshot()).contacts).toEqual(before.contacts);
    expect((await snapshot()).invitations).toEqual(before.invitations);

    // Revoking again is harmless and records nothing more.
    data(await revokeInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { invitationId: created.invitationId }));
    expect(await db.auditEvent.count({ where: { action: "invitation.revoked", targetId: created.invitationId } })).toBe(1);
  });

  it("cannot revoke an invitation already accepted", async () => {
    const created = await invite(a);
    data(await acceptInvitation.call(actorOf(await createUser()), { token: created.token }));
    expect(
      failure(await revokeInvitation.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { invitationId: created.invitationId })).code,
    ).toBe("USED");
  });
});

describe("accepting an invitation", () => {
  it("makes the user an active contact with the roles, linked to their account, once", async () => {
    const user = await createUser({ name: "Grace Hopper", email: `Grace-${uid()}@Example.test`.toLowerCase() });
    const created = await invite(a, { roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"], language: "fr" });
    expect(await loadInvitation(created.token)).toMatchObject({
      state: "valid",
      organization: { name: a.organization.name, slug: a.organization.slug },
      roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
    });

    const accepted = data(await acceptInvitation.call(actorOf(user), { token: created.token }));
    expect(accepted).toMatchObject({
      organization: { slug: a.organization.slug, name: a.organization.name },
      created: true,
      hasAccess: true,
    });

    const contact = await db.contact.findUniqueOrThrow({ where: { id: accepted.contactId! }, include: { roles: true } });
    expect(contact).toMatchObject({
      organizationId: a.organization.id,
      email: user.email,
      name: "Grace Hopper",
      status: "ACTIVE",
      source: "INVITATION",
      language: "fr",
      userId: user.id,
      searchText: `grace hopper ${user.email}`,
    });
    expect(contact.roles.map((r) => r.role).sort()).toEqual(["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"]);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(invitation.acceptedByUserId).toBe(user.id);
    expect(invitation.acceptedAt).toBeInstanceOf(Date);
    const audits = await db.auditEvent.findMany({
      where: { organizationId: a.organization.id, actorUserId: user.id },
      select: { action: true, targetId: true },
    });
    expect(audits).toEqual(
      expect.arrayContaining([
        { action: "invitation.accepted", targetId: created.invitationId },
        { action: "contact.created", targetId: contact.id },
      ]),
    );
    expect(await loadInvitation(created.token, { viewerUserId: user.id })).toMatchObject({
      state: "used",
      acceptedByViewer: true,
      viewer: { hasAccess: true, contactDisabled: false },
    });
    expect(await loadInvitation(created.token)).toMatchObject({ viewer: null });
    expect(await loadInvitation(created.token, { viewerUserId: a.users.ORG_ADMIN.id })).toMatchObject({
      state: "used",
      acceptedByViewer: false,
    });

    // Once: the same user again, or anyone else, gets "already used" and nothing changes.
    const before = await snapshot();
    expect(failure(await acceptInvitation.call(actorOf(user), { token: created.token }))).toMatchObject({
      code: "USED",
      formError: translator("en")("invitations.errors.used"),
    });
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: created.token })).code).toBe("USED");
    const after = await snapshot();
    expect(after.contacts).toEqual(before.contacts);
    expect(after.roles).toBe(before.roles);
    expect(after.invitations).toEqual([...before.invitations]);
  });

  it("names the contact after the email when the user has no name; notifications only give no access", async () => {
    const user = await db.user.create({ data: { email: `nameless-${uid()}@example.test` } });
    const created = await invite(a, { roles: ["NEW_QUOTES"] });
    const accepted = data(await acceptInvitation.call(actorOf(user), { token: created.token }));
    expect(accepted.hasAccess).toBe(false);
    expect(await loadInvitation(created.token, { viewerUserId: user.id })).toMatchObject({
      acceptedByViewer: true,
      viewer: { hasAccess: false },
    });
    expect((await db.contact.findUniqueOrThrow({ where: { id: accepted.contactId! } })).name).toBe(user.email.split("@")[0]);
  });

  it("names the contact with the name typed on the accept page, and the account too when it had none", async () => {
    const nameless = await db.user.create({ data: { email: `typed-${uid()}@example.test` } });
    const accepted = data(await acceptInvitation.call(actorOf(nameless), { token: (await invite(a)).token, name: "  Ada Lovelace " }));
    expect((await db.contact.findUniqueOrThrow({ where: { id: accepted.contactId! } })).name).toBe("Ada Lovelace");
    expect((await db.user.findUniqueOrThrow({ where: { id: nameless.id } })).name).toBe("Ada Lovelace");

    // An account with a name keeps it; the contact takes what was typed.
    const named = await createUser({ name: "Grace Hopper" });
    const other = data(await acceptInvitation.call(actorOf(named), { token: (await invite(a)).token, name: "Grace B. Hopper" }));
    expect((await db.contact.findUniqueOrThrow({ where: { id: other.contactId! } })).name).toBe("Grace B. Hopper");
    expect((await db.user.findUniqueOrThrow({ where: { id: named.id } })).name).toBe("Grace Hopper");

    // A blank or overlong name is refused next to the field, and nothing is accepted.
    const pending = await invite(a);
    const before = await snapshot();
    expect(
      failure(await acceptInvitation.call(actorOf(await createUser()), { token: pending.token, name: "   " })).fieldErrors?.name,
    ).toEqual(["This field is required."]);
    expect(
      failure(await acceptInvitation.call(actorOf(await createUser()), { token: pending.token, name: "x".repeat(121) }, { locale: "fr" }))
        .fieldErrors?.name,
    ).toEqual(["120 caractères au maximum."]);
    expect((await snapshot()).invitations).toEqual(before.invitations);
  });

  it("adds the roles to the contact already there with the user's email (linked to the account since it was written), activates an INVITED one, and keeps its source", async () => {
    const user = await createUser();
    const existing = await createContact(a.organization.id, {
      email: user.email,
      name: "Known Person",
      roles: ["NEW_QUOTES", "PRIMARY_TECHNICAL"],
      status: "INVITED",
    });
    const created = await invite(a, { roles: ["PRIMARY_TECHNICAL", "PRIMARY_BILLING"] });
    const accepted = data(await acceptInvitation.call(actorOf(user), { token: created.token }));
    expect(accepted).toMatchObject({ contactId: existing.id, created: false, hasAccess: true });

    const contact = await db.contact.findUniqueOrThrow({ where: { id: existing.id }, include: { roles: true } });
    expect(contact).toMatchObject({ name: "Known Person", status: "ACTIVE", source: "DIRECT", userId: user.id, disabledAt: null });
    expect(contact.roles.map((r) => r.role).sort()).toEqual(["NEW_QUOTES", "PRIMARY_BILLING", "PRIMARY_TECHNICAL"]);
    expect(await db.contact.count({ where: { organizationId: a.organization.id, email: user.email } })).toBe(1);
    const updated = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.updated", targetId: existing.id } });
    expect(updated).toMatchObject({ actorUserId: user.id, ip: "127.0.0.1", userAgent: "vitest" });
    expect(updated.metadata).toMatchObject({
      addedRoles: ["PRIMARY_BILLING"],
      previousStatus: "INVITED",
      status: "ACTIVE",
      invitationId: created.invitationId,
    });
    expect(await db.auditEvent.count({ where: { action: "contact.created", targetId: existing.id } })).toBe(0);
  });

  it("an ACTIVE contact already there stays ACTIVE and only gets the roles it lacked; with none lacking, no contact change is recorded", async () => {
    const user = await createUser();
    const existing = await createContact(a.organization.id, { email: user.email, userId: user.id, roles: ["NEW_QUOTES"] });
    const accepted = data(await acceptInvitation.call(actorOf(user), { token: (await invite(a, { roles: ["NEW_QUOTES"] })).token }));
    expect(accepted).toMatchObject({ contactId: existing.id, created: false, hasAccess: false });
    expect(await db.contact.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ status: "ACTIVE", userId: user.id });
    expect(await db.auditEvent.count({ where: { action: "contact.updated", targetId: existing.id } })).toBe(0);
  });

  it("refuses a user whose contact an administrator DISABLED: nothing changes, the invitation stays pending, the page says so", async () => {
    const user = await createUser();
    const existing = await createContact(a.organization.id, {
      email: user.email,
      userId: user.id,
      name: "Disabled Person",
      roles: ["NEW_QUOTES"],
      status: "DISABLED",
    });
    const created = await inviteAndSend(a, uniqueEmail(), { roles: ["PRIMARY_LICENSEE", "PRIMARY_BILLING"] });
    expect(await loadInvitation(created.token, { viewerUserId: user.id })).toMatchObject({
      state: "valid",
      viewer: { contactDisabled: true, hasAccess: false },
    });

    const before = await snapshot();
    const refused = failure(await acceptInvitation.call(actorOf(user), { token: created.token }));
    expect(refused).toEqual({
      ok: false,
      code: "CONTACT_DISABLED",
      formError: translator("en")("invitations.errors.contactDisabled", { organization: a.organization.name }),
    });
    expect(refused.formError).toContain(a.organization.name);
    const fr = failure(await acceptInvitation.call(actorOf(user), { token: created.token }, { locale: "fr" }));
    expect(fr.formError).toBe(translator("fr")("invitations.errors.contactDisabled", { organization: a.organization.name }));
    expect(await snapshot()).toEqual(before);
    expect(await db.contact.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ status: "DISABLED" });
    expect(await loadInvitation(created.token)).toMatchObject({ state: "valid" });
    expect((await listPendingInvitations({ organization: a.organization }, { limit: 200 })).invitations.map((i) => i.id)).toContain(
      created.invitationId,
    );

    // Someone else may still accept the link, and an admin's re-enabling lets the person accept another one.
    expect(await loadInvitation(created.token, { viewerUserId: a.users.MEMBER.id })).toMatchObject({
      viewer: { contactDisabled: false, hasAccess: true },
    });
    await db.contact.update({ where: { id: existing.id }, data: { status: "ACTIVE", disabledAt: null } });
    expect(data(await acceptInvitation.call(actorOf(user), { token: created.token }))).toMatchObject({
      contactId: existing.id,
      created: false,
      hasAccess: true,
    });
  });

  it("says expired for an expired link, and changes nothing", async () => {
    const created = await invite(a);
    await db.invitation.update({ where: { id: created.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await loadInvitation(created.token)).state).toBe("expired");
    const before = await snapshot();
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: created.token }))).toMatchObject({
      code: "EXPIRED",
      formError: translator("en")("invitations.errors.expired"),
    });
    const after = await snapshot();
    expect(after.contacts).toEqual(before.contacts);
    expect(after.invitations).toEqual(before.invitations);
    expect(after.audits).toBe(before.audits);
  });

  it("says not found for an unknown link, refuses someone else a user invitation's link, and refuses a signed-out caller", async () => {
    expect(await loadInvitation("no-such-token")).toEqual({ state: "not_found" });
    expect(await loadInvitation("")).toEqual({ state: "not_found" });
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: "no-such-token" })).code).toBe("NOT_FOUND");
    // The same accept flow handles user invitations (tests/integration/user-invitations.test.ts): bound to one email.
    const userInvitationToken = `user-${uid()}`;
    await db.invitation.create({
      data: {
        organizationId: a.organization.id,
        kind: "USER",
        tokenHash: hashToken(userInvitationToken),
        email: uniqueEmail(),
        orgRole: "MEMBER",
        expiresAt: new Date(Date.now() + 86400000),
      },
    });
    expect(await loadInvitation(userInvitationToken)).toMatchObject({ state: "valid", kind: "USER" });
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: userInvitationToken })).code).toBe("WRONG_ACCOUNT");

    const created = await invite(a);
    const before = await snapshot();
    expect(failure(await acceptInvitation.call(null, { token: created.token })).code).toBe("UNAUTHENTICATED");
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: "" })).code).toBe("INVALID");
    expect((await snapshot()).invitations).toEqual(before.invitations);
  });

  it("is refused while the organization is cancelled (read-only)", async () => {
    const c = await createOrgWithRoles("Cancelled");
    const created = await invite(c);
    await db.organization.update({
      where: { id: c.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86400000) },
    });
    expect(failure(await acceptInvitation.call(actorOf(await createUser()), { token: created.token })).code).toBe("READ_ONLY");
    expect(await db.contact.count({ where: { organizationId: c.organization.id } })).toBe(0);
  });

  it("two racing accepts by two users: exactly one succeeds, the other is told it was used, one contact", async () => {
    for (let round = 0; round < 5; round++) {
      const created = await invite(a, { roles: ["PRIMARY_LICENSEE"] });
      const [u1, u2] = [await createUser(), await createUser()];
      const results = await Promise.all([
        acceptInvitation.call(actorOf(u1), { token: created.token }),
        acceptInvitation.call(actorOf(u2), { token: created.token }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.code))).toEqual(["USED"]);
      expect(await db.contact.count({ where: { organizationId: a.organization.id, email: { in: [u1.email, u2.email] } } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "invitation.accepted", targetId: created.invitationId } })).toBe(1);
    }
  });

  it("the same user accepting two invitations at once: both succeed, one contact with both invitations' roles", async () => {
    for (let round = 0; round < 3; round++) {
      const user = await createUser();
      const [first, second] = [await invite(a, { roles: ["PRIMARY_TECHNICAL"] }), await invite(a, { roles: ["NEW_QUOTES"] })];
      const results = await Promise.all([
        acceptInvitation.call(actorOf(user), { token: first.token }),
        acceptInvitation.call(actorOf(user), { token: second.token }),
      ]);
      const accepted = results.map(data);
      expect(new Set(accepted.map((r) => r.contactId)).size).toBe(1);
      expect(accepted.filter((r) => r.created)).toHaveLength(1);
      const contact = await db.contact.findUniqueOrThrow({
        where: { organizationId_email: { organizationId: a.organization.id, email: user.email } },
        include: { roles: true },
      });
      expect(contact).toMatchObject({ status: "ACTIVE", userId: user.id, source: "INVITATION" });
      expect(contact.roles.map((r) => r.role).sort()).toEqual(["NEW_QUOTES", "PRIMARY_TECHNICAL"]);
    }
  });

  it("two racing accepts by the same user: one success, one contact", async () => {
    const user = await createUser();
    const created = await invite(a);
    const results = await Promise.all([1, 2, 3].map(() => acceptInvitation.call(actorOf(user), { token: created.token })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "USED")).toHaveLength(2);
    expect(await db.contact.count({ where: { organizationId: a.organization.id, email: user.email } })).toBe(1);
  });
});

describe("pending invitations", () => {
  it("lists the organization's contact invitations shared and neither accepted nor revoked, newest first, with creator, email and roles", async () => {
    const o = await createOrgWithRoles("Listing");
    const admin = actorOf(o.users.ORG_ADMIN);
    const first = await invite(o, { roles: ["PRIMARY_BILLING"] });
    data(await markInvitationShared.call(admin, o.organization.slug, { invitationId: first.invitationId, via: "copy" }));
    const sent = await inviteAndSend(o, uniqueEmail("sent"), { roles: ["NEW_QUOTES", "DATA_PROTECTION"] });
    const expired = await invite(o);
    data(await markInvitationShared.call(admin, o.organization.slug, { invitationId: expired.invitationId, via: "mailClient" }));
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await invite(o); // never copied, opened in a mail client or sent: not listed
    const revoked = await invite(o);
    data(await revokeInvitation.call(admin, o.organization.slug, { invitationId: revoked.invitationId }));
    const accepted = await invite(o);
    data(await acceptInvitation.call(actorOf(await createUser()), { token: accepted.token }));
    await invite(b); // another organization's

    const { invitations, hasMore } = await listPendingInvitations({ organization: o.organization });
    expect(hasMore).toBe(false);
    expect(invitations.map((i) => i.id)).toEqual([expired.invitationId, sent.invitationId, first.invitationId]);
    expect(invitations[0].expired).toBe(true);
    expect(invitations[1]).toMatchObject({
      email: sent.email,
      roles: ["NEW_QUOTES", "DATA_PROTECTION"],
      expired: false,
      createdBy: { name: o.users.ORG_ADMIN.name, email: o.users.ORG_ADMIN.email },
    });
    expect(invitations[1].lastSentAt).toBeInstanceOf(Date);
    expect(invitations[2]).toMatchObject({ email: null, roles: ["PRIMARY_BILLING"] });

    const limited = await listPendingInvitations({ organization: o.organization }, { limit: 2 });
    expect(limited.invitations).toHaveLength(2);
    expect(limited.hasMore).toBe(true);
  });

  it("an invitation is listed once shared: copied or opened in a mail client (marked once, audited once) or sent by email", async () => {
    const o = await createOrgWithRoles("Sharing");
    const admin = actorOf(o.users.ORG_ADMIN);
    const listed = async () => (await listPendingInvitations({ organization: o.organization })).invitations.map((i) => i.id);
    const copied = await invite(o);
    const mailed = await invite(o);
    expect(await listed()).toEqual([]);

    const first = data(await markInvitationShared.call(admin, o.organization.slug, { invitationId: copied.invitationId, via: "copy" }));
    const again = data(
      await markInvitationShared.call(admin, o.organization.slug, { invitationId: copied.invitationId, via: "mailClient" }),
    );
    expect(again.sharedAt).toEqual(first.sharedAt);
    expect(await db.auditEvent.count({ where: { targetId: copied.invitationId, action: "invitation.shared" } })).toBe(1);
    expect(await listed()).toEqual([copied.invitationId]);

    data(
      await sendInvitationEmail.call(admin, o.organization.slug, {
        invitationId: mailed.invitationId,
        token: mailed.token,
        email: uniqueEmail(),
      }),
    );
    expect(await listed()).toEqual([mailed.invitationId, copied.invitationId]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: mailed.invitationId } })).sharedAt).toBeInstanceOf(Date);

    // A link nobody was given still works for whoever has it (the token is the credential), but is not listed.
    const unshared = await invite(o);
    expect((await loadInvitation(unshared.token)).state).toBe("valid");
    expect(await listed()).not.toContain(unshared.invitationId);
    expect(
      failure(await markInvitationShared.call(admin, o.organization.slug, { invitationId: unshared.invitationId, via: "fax" })).fieldErrors
        ?.via,
    ).toBeTruthy();
  });
});

describe("who may manage invitations", () => {
  type Call = (actor: ReturnType<typeof actorOf> | null) => Promise<ActionResult<unknown>>;

  it("every invitation action is refused to billing admins, user admins, members (FORBIDDEN), another organization (NOT_FOUND) and signed-out callers (UNAUTHENTICATED), writing nothing", async () => {
    const target = await inviteAndSend(a);
    const calls: Record<string, Call> = {
      create: (actor) => createContactInvitation.call(actor, a.organization.slug, { roles: ["PRIMARY_LICENSEE"], language: "en" }),
      send: (actor) =>
        sendInvitationEmail.call(actor, a.organization.slug, {
          invitationId: target.invitationId,
          token: target.token,
          email: uniqueEmail(),
        }),
      resend: (actor) => resendInvitation.call(actor, a.organization.slug, { invitationId: target.invitationId }),
      revoke: (actor) => revokeInvitation.call(actor, a.organization.slug, { invitationId: target.invitationId }),
      share: (actor) => markInvitationShared.call(actor, a.organization.slug, { invitationId: target.invitationId, via: "copy" }),
    };
    const callers: [string, ReturnType<typeof actorOf> | null, string][] = [
      ["BILLING_ADMIN", actorOf(a.users.BILLING_ADMIN), "FORBIDDEN"],
      ["USER_ADMIN", actorOf(a.users.USER_ADMIN), "FORBIDDEN"],
      ["MEMBER", actorOf(a.users.MEMBER), "FORBIDDEN"],
      ["admin of another organization", actorOf(b.users.ORG_ADMIN), "NOT_FOUND"],
      ["stranger", actorOf(await createUser()), "NOT_FOUND"],
      ["signed out", null, "UNAUTHENTICATED"],
    ];
    // A primary contact of the organization may not either.
    const contactUser = await createUser();
    await createContact(a.organization.id, {
      email: contactUser.email,
      userId: contactUser.id,
      roles: ["PRIMARY_LICENSEE", "PRIMARY_BILLING"],
    });
    callers.push(["primary contact", actorOf(contactUser), "FORBIDDEN"]);

    const before = await snapshot();
    for (const [action, call] of Object.entries(calls)) {
      for (const [who, actor, expected] of callers) {
        const result = await call(actor);
        expect({ action, who, code: result.ok ? "ALLOWED" : result.code }).toEqual({ action, who, code: expected });
      }
    }
    expect(await snapshot()).toEqual(before);

    // The admin of the organization may: the same calls go through.
    for (const name of ["send", "share", "resend", "revoke", "create"])
      expect((await calls[name](actorOf(a.users.ORG_ADMIN))).ok).toBe(true);
  });

  it("an admin acting on another organization's invitation through their own organization gets not found", async () => {
    const foreign = await inviteAndSend(b);
    const admin = actorOf(a.users.ORG_ADMIN);
    const before = await snapshot();
    expect(failure(await resendInvitation.call(admin, a.organization.slug, { invitationId: foreign.invitationId })).code).toBe("NOT_FOUND");
    expect(failure(await revokeInvitation.call(admin, a.organization.slug, { invitationId: foreign.invitationId })).code).toBe("NOT_FOUND");
    expect(
      failure(await markInvitationShared.call(admin, a.organization.slug, { invitationId: foreign.invitationId, via: "copy" })).code,
    ).toBe("NOT_FOUND");
    expect(
      failure(
        await sendInvitationEmail.call(admin, a.organization.slug, {
          invitationId: foreign.invitationId,
          token: foreign.token,
          email: uniqueEmail(),
        }),
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("a cancelled (read-only) organization refuses every invitation change", async () => {
    const c = await createOrgWithRoles("ReadOnly");
    const target = await inviteAndSend(c);
    await db.organization.update({
      where: { id: c.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86400000) },
    });
    const admin = actorOf(c.users.ORG_ADMIN);
    const slug = c.organization.slug;
    const before = await snapshot();
    expect(failure(await createContactInvitation.call(admin, slug, { roles: ["NEW_QUOTES"], language: "en" })).code).toBe("READ_ONLY");
    expect(
      failure(await sendInvitationEmail.call(admin, slug, { invitationId: target.invitationId, token: target.token, email: uniqueEmail() }))
        .code,
    ).toBe("READ_ONLY");
    expect(failure(await resendInvitation.call(admin, slug, { invitationId: target.invitationId })).code).toBe("READ_ONLY");
    expect(failure(await revokeInvitation.call(admin, slug, { invitationId: target.invitationId })).code).toBe("READ_ONLY");
    expect(failure(await markInvitationShared.call(admin, slug, { invitationId: target.invitationId, via: "copy" })).code).toBe(
      "READ_ONLY",
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe("limits on invitations and their emails", () => {
  const savedEnv = { ...process.env };
  afterEach(() => {
    process.env = { ...savedEnv };
  });
  const adminOf = (org: Org) => actorOf(org.users.ORG_ADMIN);
  const send = (org: Org, created: { invitationId: string; token: string }, email: string, locale: "en" | "fr" = "en") =>
    sendInvitationEmail.call(
      adminOf(org),
      org.organization.slug,
      { invitationId: created.invitationId, token: created.token, email },
      { locale },
    );

  it("an organization creates at most INVITATIONS_PER_ORG_PER_DAY invitations; past it a localized form error, nothing written, other organizations unaffected", async () => {
    process.env.INVITATIONS_PER_ORG_PER_DAY = "2";
    const org = await createOrgWithRoles("Busy");
    await invite(org);
    await invite(org);
    const before = await snapshot();
    const refused = await createContactInvitation.call(adminOf(org), org.organization.slug, { roles: ["NEW_QUOTES"], language: "en" });
    expect(refused).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      formError: "Your organization has created too many invitations today. Try again in 24 hours.",
    });
    const fr = await createContactInvitation.call(
      adminOf(org),
      org.organization.slug,
      { roles: ["NEW_QUOTES"], language: "en" },
      { locale: "fr" },
    );
    // Intl puts a no-break space between the number and its unit in French.
    expect(fr).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      formError: expect.stringMatching(/^Votre organisation a créé trop d’invitations aujourd’hui\. Réessayez dans 24\sheures\.$/),
    });
    expect(await snapshot()).toEqual(before);
    const other = await createOrgWithRoles("Quiet");
    expect(
      await createContactInvitation.call(adminOf(other), other.organization.slug, { roles: ["NEW_QUOTES"], language: "en" }),
    ).toMatchObject({ ok: true });
  });

  it("an organization sends at most INVITATION_EMAILS_PER_ORG_PER_DAY emails, sends and resends together, even concurrently", async () => {
    process.env.INVITATION_EMAILS_PER_ORG_PER_DAY = "3";
    const org = await createOrgWithRoles("Sender");
    const first = await inviteAndSend(org);
    const invitations = await Promise.all(Array.from({ length: 5 }, () => invite(org)));
    const results = await Promise.all(invitations.map((created) => send(org, created, uniqueEmail("burst"))));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    for (const result of results.filter((r) => !r.ok)) {
      expect(result).toEqual({
        ok: false,
        code: "RATE_LIMITED",
        formError: "Your organization has sent too many invitation emails today. Try again in 24 hours, or share the link another way.",
      });
    }
    expect(await db.emailOutbox.count({ where: { organizationId: org.organization.id, template: "contact-invitation" } })).toBe(3);
    const before = await snapshot();
    expect(await resendInvitation.call(adminOf(org), org.organization.slug, { invitationId: first.invitationId })).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    // Refused: the link on screen still works and nothing was written.
    expect(await snapshot()).toEqual(before);
    expect((await loadInvitation(first.token)).state).toBe("valid");
  });

  it("one mailbox gets at most INVITATION_EMAILS_PER_ADDRESS_PER_DAY invitations, from all organizations, whatever +tag it is written with", async () => {
    process.env.INVITATION_EMAILS_PER_ADDRESS_PER_DAY = "2";
    const [one, two] = await Promise.all([createOrgWithRoles("One"), createOrgWithRoles("Two")]);
    const person = `target-${uid()}`;
    await inviteAndSend(one, `${person}@example.test`);
    await inviteAndSend(two, `${person}+roster@example.test`);
    const third = await invite(one);
    const before = await snapshot();
    expect(await send(one, third, `${person.toUpperCase()}+x@example.test`)).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      fieldErrors: {
        email: ["Too many invitations were sent to this address today. Try again in 24 hours, or share the link another way."],
      },
    });
    expect(await send(one, third, `${person}@example.test`, "fr")).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      fieldErrors: {
        email: [
          expect.stringMatching(
            /^Trop d’invitations ont été envoyées à cette adresse aujourd’hui\. Réessayez dans 24\sheures, ou partagez le lien autrement\.$/,
          ),
        ],
      },
    });
    expect(await snapshot()).toEqual(before);
    expect(await send(one, third, uniqueEmail("someone-else"))).toMatchObject({ ok: true });
  });

  it("a new organization's invitation emails count toward the app's budget for newcomers (NEWCOMER_EMAILS_PER_HOUR) and are refused past it", async () => {
    const org = await createOrgWithRoles("Ceiling");
    const created = await invite(org);
    process.env.NEWCOMER_EMAILS_PER_HOUR = String(await db.rateLimitHit.count({ where: { key: "email:newcomers" } }));
    const before = await snapshot();
    const refused = await send(org, created, uniqueEmail());
    expect(refused).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      formError: expect.stringMatching(
        /^Too many emails are being sent right now\. Try again in \d+ minutes?\.$|^Too many emails are being sent right now\. Try again in 1 hour\.$/,
      ),
    });
    expect(await snapshot()).toEqual(before);
  });
});
