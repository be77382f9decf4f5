// The app-wide hourly email budgets (lib/rate-limit/rules.ts): what strangers and new
// accounts use up never refuses the people the app already knows, nor the invitations of
// established organizations.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { inviteUser } from "@/lib/users/invite-user";
import { createContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { actorOf, createContact, createOrgWithRoles, createUser, uid } from "../support/factories";

const savedEnv = { ...process.env };
beforeEach(async () => {
  // This file's own database: start every test with both budgets untouched.
  await db.rateLimitHit.deleteMany({ where: { key: { startsWith: "email:" } } });
});
afterEach(() => {
  process.env = { ...savedEnv };
});

const DAY = 24 * 60 * 60_000;
const link = (email: string) => sendSignInLink({ email, url: "http://localhost:3000/x", requestLocale: "en" });
const stranger = () => `stranger-${uid()}@example.test`;
const queuedFor = (email: string) => db.emailOutbox.count({ where: { toEmail: email } });

/** An organization created `days` ago, with one active member per role. */
async function orgCreatedDaysAgo(days: number) {
  const org = await createOrgWithRoles("Budget");
  await db.organization.update({ where: { id: org.organization.id }, data: { createdAt: new Date(Date.now() - days * DAY) } });
  return org;
}

/** What strangers can do without an account: ask for sign-in links until the app refuses them. */
async function exhaustWithUnknownAddresses(count: number) {
  for (let i = 0; i < count; i++) expect(await link(stranger())).toMatchObject({ queued: true });
  const refused = await link(stranger());
  expect(refused).toMatchObject({ queued: false, refused: { reason: "overall" } });
  return refused;
}

describe("unknown addresses use up their own budget, never the known people's", () => {
  it("a member's sign-in link is still queued, and an established organization's admin still sends invitations", async () => {
    process.env.EMAILS_PER_HOUR = "3";
    process.env.NEWCOMER_EMAILS_PER_HOUR = "3";
    const established = await orgCreatedDaysAgo(30);
    const member = established.users.MEMBER;
    await exhaustWithUnknownAddresses(3);

    const signIn = await link(member.email);
    expect(signIn.queued).toBe(true);
    expect(await queuedFor(member.email)).toBe(1);

    // Add user (a user invitation) and a contact invitation sent by email, by the established organization's admin.
    const invitee = stranger();
    const invited = await inviteUser.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
      email: invitee,
      role: "MEMBER",
      language: "en",
    });
    expect(invited).toMatchObject({ ok: true });
    expect(await queuedFor(invitee)).toBe(1);
    const contactInvitation = await createContactInvitation.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
      roles: ["NEW_QUOTES"],
      language: "en",
    });
    if (!contactInvitation.ok) throw new Error(JSON.stringify(contactInvitation));
    const contactInvitee = stranger();
    const sent = await sendInvitationEmail.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
      invitationId: contactInvitation.data.invitationId,
      token: contactInvitation.data.url.split("/invite/")[1],
      email: contactInvitee,
    });
    expect(sent).toMatchObject({ ok: true });
    expect(await queuedFor(contactInvitee)).toBe(1);
  });

  it("the people an established organization invited sign in to accept", async () => {
    process.env.NEWCOMER_EMAILS_PER_HOUR = "1";
    const established = await orgCreatedDaysAgo(30);
    const invitee = stranger();
    expect(
      await inviteUser.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
        email: invitee,
        role: "MEMBER",
        language: "en",
      }),
    ).toMatchObject({ ok: true });
    const contactInvitation = await createContactInvitation.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
      roles: ["NEW_QUOTES"],
      language: "en",
    });
    if (!contactInvitation.ok) throw new Error(JSON.stringify(contactInvitation));
    const contactInvitee = stranger();
    const token = contactInvitation.data.url.split("/invite/")[1];
    expect(
      await sendInvitationEmail.call(actorOf(established.users.ORG_ADMIN), established.organization.slug, {
        invitationId: contactInvitation.data.invitationId,
        token,
        email: contactInvitee,
      }),
    ).toMatchObject({ ok: true });
    await exhaustWithUnknownAddresses(1);

    // A pending member, and the address of a pending contact invitation.
    expect((await link(invitee)).queued).toBe(true);
    expect((await link(contactInvitee)).queued).toBe(true);
    // Revoked: no longer expected.
    await db.invitation.update({ where: { id: contactInvitation.data.invitationId }, data: { revokedAt: new Date() } });
    expect((await link(contactInvitee)).queued).toBe(false);
  });

  it("an established organization's active contact signs in; a brand-new organization's people and invitations stay refused", async () => {
    process.env.EMAILS_PER_HOUR = "100";
    process.env.NEWCOMER_EMAILS_PER_HOUR = "2";
    const established = await orgCreatedDaysAgo(30);
    const contact = await createContact(established.organization.id, { email: `customer-${uid()}@example.test` });
    const fresh = await createOrgWithRoles("Fresh");
    // Contacts a new organization's admin typed in are not known yet: anyone can create one.
    const freshContact = await createContact(fresh.organization.id, { email: `typed-in-${uid()}@example.test` });
    await exhaustWithUnknownAddresses(2);

    expect((await link(contact.email)).queued).toBe(true);
    expect((await link(freshContact.email)).queued).toBe(false);
    expect(await queuedFor(freshContact.email)).toBe(0);
    const invited = await inviteUser.call(actorOf(fresh.users.ORG_ADMIN), fresh.organization.slug, {
      email: stranger(),
      role: "MEMBER",
      language: "en",
    });
    expect(invited).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      formError: expect.stringMatching(/^Too many emails are being sent right now\. Try again in (\d+ minutes?|1 hour)\.$/),
    });
    // Nor are a new organization's own members: anyone can open an account and create one.
    expect((await link(fresh.users.ORG_ADMIN.email)).queued).toBe(false);
    // Once it is established, its contacts and members are known.
    await db.organization.update({ where: { id: fresh.organization.id }, data: { createdAt: new Date(Date.now() - 8 * DAY) } });
    expect((await link(freshContact.email)).queued).toBe(true);
    expect((await link(fresh.users.ORG_ADMIN.email)).queued).toBe(true);
  });

  it("while a budget is used up, known and unknown addresses get the same answer, so it tells nobody which is which", async () => {
    process.env.EMAILS_PER_HOUR = "100";
    process.env.NEWCOMER_EMAILS_PER_HOUR = "1";
    const member = (await orgCreatedDaysAgo(30)).users.MEMBER;
    await exhaustWithUnknownAddresses(1);
    const known = await link(member.email);
    const unknown = await link(stranger());
    expect(known.queued).toBe(true);
    expect(unknown.queued).toBe(false);
    expect(known.refused).toEqual(unknown.refused);
    expect(known.refused).toMatchObject({ reason: "overall" });
    // An account without any membership is no one the app knows yet.
    const loner = await createUser();
    expect(await link(loner.email)).toEqual(unknown);
  });

  it("the known people's budget has its own ceiling (EMAILS_PER_HOUR)", async () => {
    process.env.EMAILS_PER_HOUR = "1";
    process.env.NEWCOMER_EMAILS_PER_HOUR = "100";
    const org = await orgCreatedDaysAgo(30);
    expect(await link(org.users.MEMBER.email)).toEqual({ queued: true });
    expect(await link(org.users.BILLING_ADMIN.email)).toMatchObject({ queued: false, refused: { reason: "overall" } });
    // Strangers still get their link, and the same answer as known people.
    expect(await link(stranger())).toMatchObject({ queued: true, refused: { reason: "overall" } });
  });
});
