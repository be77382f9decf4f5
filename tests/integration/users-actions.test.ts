// Users actions called directly: what Add, Assign, Edit, Delete, Resend and Revoke write,
// and every kind of bad input refused with a localized field error and nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { propsWithSecrets } from "@/lib/mail/outbox-secrets";
import type { ActionResult } from "@/lib/actions/result";
import { translator, type Locale } from "@/lib/i18n";
import { inviteUser } from "@/lib/users/invite-user";
import { assignInvitationWorkspaces } from "@/lib/users/assign-invitation-workspaces";
import { setUserWorkspaces } from "@/lib/users/set-user-workspaces";
import { changeUserRole } from "@/lib/users/change-user-role";
import { removeUser } from "@/lib/users/remove-user";
import { resendUserInvitation } from "@/lib/users/resend-user-invitation";
import { revokeUserInvitation } from "@/lib/users/revoke-user-invitation";
import { loadUserWorkspaces } from "@/lib/users/load-user-workspaces";
import { hashToken } from "@/lib/invitations/token";
import { actorOf, createContact, createOrgWithRoles, uid } from "../support/factories";
import { assign, createMember, createWorkspaceContactRow, createWorkspaceRow, usersSnapshot } from "../support/user-factories";

/** The link's token, from the outbox row's props (rendered at send time; the link is sealed until then). */
const tokenIn = (mail: Parameters<typeof propsWithSecrets>[0]) =>
  (propsWithSecrets(mail) as { url: string }).url.match(/\/invite\/([A-Za-z0-9_-]{43})$/)![1];

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;
const admin = () => actorOf(org.users.ORG_ADMIN);
const userAdmin = () => actorOf(org.users.USER_ADMIN);

beforeAll(async () => {
  org = await createOrgWithRoles("Users");
  other = await createOrgWithRoles("Other");
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

const email = (name = "invitee") => `${name}-${uid()}@example.test`;

describe("Add user", () => {
  it("makes a PENDING member with a new account, a 7-day invitation bound to the email (hash only), the email in the outbox in the chosen language, and an audit event", async () => {
    const address = email("Jane.Doe").toUpperCase();
    const invited = data(await inviteUser.call(userAdmin(), slug(), { email: ` ${address} `, role: "MEMBER", language: "fr" }));
    const lower = address.toLowerCase();
    expect(invited).toMatchObject({ email: lower, role: "MEMBER", contactAdded: false });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: invited.membershipId }, include: { user: true } });
    expect(membership).toMatchObject({
      organizationId: orgId(),
      role: "MEMBER",
      status: "PENDING",
      lastActiveAt: null,
      user: { email: lower, locale: "fr", emailVerified: null },
    });
    const invitation = await db.invitation.findFirstOrThrow({ where: { organizationId: orgId(), email: lower } });
    expect(invitation).toMatchObject({
      kind: "USER",
      orgRole: "MEMBER",
      language: "fr",
      createdByUserId: org.users.USER_ADMIN.id,
      acceptedAt: null,
      revokedAt: null,
    });
    expect(invitation.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86400_000 - 60_000);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: lower } });
    expect(mail).toMatchObject({
      template: "user-invitation",
      locale: "fr",
      organizationId: orgId(),
      status: "PENDING",
      props: { role: "MEMBER", email: lower },
    });
    expect(mail.subject).toContain("vous invite à rejoindre");
    const token = tokenIn(mail);
    expect(hashToken(token)).toBe(invitation.tokenHash);
    expect(
      await db.auditEvent.count({
        where: { action: "user.invited", targetId: invited.membershipId, actorUserId: org.users.USER_ADMIN.id },
      }),
    ).toBe(1);
  });

  it("reuses an existing account, and adds a new ORG_ADMIN to the contacts with no role (source ADMIN_INVITATION)", async () => {
    const { user } = { user: await db.user.create({ data: { email: email("existing"), name: "Existing Person" } }) };
    const invited = data(await inviteUser.call(admin(), slug(), { email: user.email, role: "ORG_ADMIN", language: "en" }));
    expect(invited.contactAdded).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: invited.membershipId } })).userId).toBe(user.id);
    const contact = await db.contact.findUniqueOrThrow({
      where: { organizationId_email: { organizationId: orgId(), email: user.email } },
      include: { roles: true },
    });
    expect(contact).toMatchObject({ name: "Existing Person", source: "ADMIN_INVITATION", status: "ACTIVE", userId: user.id, roles: [] });
  });

  it("an existing contact stays as it is when its person is invited as ORG_ADMIN", async () => {
    const address = email("contact");
    const contact = await createContact(orgId(), { email: address, roles: ["NEW_QUOTES"], status: "DISABLED" });
    const invited = data(await inviteUser.call(admin(), slug(), { email: address, role: "ORG_ADMIN", language: "en" }));
    expect(invited.contactAdded).toBe(false);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ status: "DISABLED", source: "DIRECT" });
  });

  it("says so when the email is already a member or already invited, offering the membership to resend or edit", async () => {
    const { user, membership } = await createMember(orgId(), "MEMBER");
    const before = await usersSnapshot();
    const already = await inviteUser.call(admin(), slug(), { email: user.email, role: "MEMBER", language: "en" });
    expect(already).toMatchObject({
      ok: false,
      code: "ALREADY_MEMBER",
      details: { membershipId: membership.id },
      fieldErrors: { email: [translator("en")("users.errors.alreadyMember")] },
    });
    const pending = data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "en" }));
    const pendingEmail = (await db.membership.findUniqueOrThrow({ where: { id: pending.membershipId }, include: { user: true } })).user
      .email;
    const middle = await usersSnapshot();
    const again = await inviteUser.call(admin(), slug(), { email: pendingEmail, role: "BILLING_ADMIN", language: "en" }, { locale: "fr" });
    expect(again).toMatchObject({
      ok: false,
      code: "ALREADY_INVITED",
      details: { membershipId: pending.membershipId },
      fieldErrors: { email: [translator("fr")("users.errors.alreadyInvited")] },
    });
    expect(await usersSnapshot()).toEqual(middle);
    expect(before.memberships.length + 1).toBe(middle.memberships.length);
  });

  it("two admins adding the same email at once: one invitation, one membership", async () => {
    const address = email("race");
    const results = await Promise.all([
      inviteUser.call(admin(), slug(), { email: address, role: "MEMBER", language: "en" }),
      inviteUser.call(userAdmin(), slug(), { email: address, role: "MEMBER", language: "en" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "ALREADY_INVITED" });
    expect(await db.membership.count({ where: { organizationId: orgId(), user: { email: address } } })).toBe(1);
    expect(await db.invitation.count({ where: { organizationId: orgId(), email: address } })).toBe(1);
  });
});

describe("Assign workspace (second step) and Edit", () => {
  it("gives the pending member up to 10 workspaces and records them on the invitation", async () => {
    const invited = data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "en" }));
    const a = await createWorkspaceRow(orgId());
    const b = await createWorkspaceRow(orgId());
    data(
      await assignInvitationWorkspaces.call(userAdmin(), slug(), { membershipId: invited.membershipId, workspaceIds: [a.id, b.id, a.id] }),
    );
    expect(
      (await db.workspaceAssignment.findMany({ where: { membershipId: invited.membershipId } })).map((x) => x.workspaceId).sort(),
    ).toEqual([a.id, b.id].sort());
    const membership = await db.membership.findUniqueOrThrow({ where: { id: invited.membershipId }, include: { user: true } });
    expect((await db.invitation.findFirstOrThrow({ where: { email: membership.user.email } })).workspaceIds.sort()).toEqual(
      [a.id, b.id].sort(),
    );
    const options = data(await loadUserWorkspaces.call(userAdmin(), slug(), { membershipId: invited.membershipId }));
    expect(options.assigned.sort()).toEqual([a.id, b.id].sort());
    expect(options.workspaces.map((w) => w.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("Edit replaces the set; a workspace left unassigns that user's workspace contacts there only", async () => {
    const { user, membership } = await createMember(orgId());
    const keep = await createWorkspaceRow(orgId());
    const leave = await createWorkspaceRow(orgId());
    await assign(orgId(), keep.id, membership.id);
    await assign(orgId(), leave.id, membership.id);
    const kept = await createWorkspaceContactRow(orgId(), keep.id, user.id);
    const left = await createWorkspaceContactRow(orgId(), leave.id, user.id);
    const result = data(await setUserWorkspaces.call(admin(), slug(), { membershipId: membership.id, workspaceIds: [keep.id] }));
    expect(result).toMatchObject({ added: [], removed: [leave.id], unassignedContacts: 1 });
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: kept.id } })).assignedUserId).toBe(user.id);
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: left.id } })).assignedUserId).toBeNull();
  });

  it("changes a role (org admins), audited with from and to", async () => {
    const { membership } = await createMember(orgId(), "MEMBER");
    data(await changeUserRole.call(admin(), slug(), { membershipId: membership.id, role: "USER_ADMIN" }));
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("USER_ADMIN");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", targetId: membership.id } });
    expect(event.metadata).toMatchObject({ from: "MEMBER", to: "USER_ADMIN" });
  });
});

describe("Delete user", () => {
  it("ends the membership and its workspace assignments, unassigns their workspace contacts in THIS organization only, keeps their contact record, audits", async () => {
    const { user, membership } = await createMember(orgId(), "MEMBER");
    const workspace = await createWorkspaceRow(orgId());
    await assign(orgId(), workspace.id, membership.id);
    const here = await createWorkspaceContactRow(orgId(), workspace.id, user.id);
    // The same person in another organization keeps everything there.
    const elsewhere = await db.membership.create({ data: { organizationId: other.organization.id, userId: user.id, role: "MEMBER" } });
    const otherWorkspace = await createWorkspaceRow(other.organization.id);
    await assign(other.organization.id, otherWorkspace.id, elsewhere.id);
    const there = await createWorkspaceContactRow(other.organization.id, otherWorkspace.id, user.id);
    const contact = await createContact(orgId(), { email: user.email, userId: user.id, roles: ["PRIMARY_TECHNICAL"] });

    const result = data(await removeUser.call(userAdmin(), slug(), { membershipId: membership.id }));
    expect(result).toMatchObject({ workspaces: 1, unassignedContacts: 1 });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(await db.workspaceAssignment.count({ where: { membershipId: membership.id } })).toBe(0);
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: here.id } })).assignedUserId).toBeNull();
    expect((await db.workspaceContact.findUniqueOrThrow({ where: { id: there.id } })).assignedUserId).toBe(user.id);
    expect(await db.workspaceAssignment.count({ where: { membershipId: elsewhere.id } })).toBe(1);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { roles: true } })).toMatchObject({
      status: "ACTIVE",
      userId: user.id,
      roles: [{ role: "PRIMARY_TECHNICAL" }],
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.removed", targetId: membership.id } });
    expect(event).toMatchObject({
      actorUserId: org.users.USER_ADMIN.id,
      metadata: { email: user.email, workspaces: 1, unassignedContacts: 1 },
    });
  });

  it("deleting a pending user revokes their invitation", async () => {
    const invited = data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "en" }));
    data(await removeUser.call(admin(), slug(), { membershipId: invited.membershipId }));
    expect((await db.invitation.findFirstOrThrow({ where: { email: invited.email } })).revokedAt).not.toBeNull();
  });
});

describe("Resend and Revoke a pending user's invitation", () => {
  it("Resend replaces the link (the old one stops working) for 7 more days and emails it again", async () => {
    const invited = data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "fr" }));
    const before = await db.invitation.findFirstOrThrow({ where: { email: invited.email } });
    const resent = data(await resendUserInvitation.call(userAdmin(), slug(), { membershipId: invited.membershipId }));
    const after = await db.invitation.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.tokenHash).not.toBe(before.tokenHash);
    expect(after.expiresAt.getTime()).toBe(resent.expiresAt.getTime());
    const mails = await db.emailOutbox.findMany({ where: { toEmail: invited.email }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[1].locale).toBe("fr");
    expect(hashToken(tokenIn(mails[1]))).toBe(after.tokenHash);
  });

  it("invitation emails count against the per-address ceiling: past it, Resend is refused with nothing written", async () => {
    const invited = data(await inviteUser.call(admin(), slug(), { email: email("limited"), role: "MEMBER", language: "en" }));
    for (let i = 0; i < 4; i++) data(await resendUserInvitation.call(admin(), slug(), { membershipId: invited.membershipId }));
    const before = await usersSnapshot();
    expect(await resendUserInvitation.call(admin(), slug(), { membershipId: invited.membershipId })).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    expect(await usersSnapshot()).toEqual(before);
  });

  it("Revoke removes the pending member and its workspaces, and the link stops working", async () => {
    const invited = data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "en" }));
    const workspace = await createWorkspaceRow(orgId());
    data(await assignInvitationWorkspaces.call(admin(), slug(), { membershipId: invited.membershipId, workspaceIds: [workspace.id] }));
    data(await revokeUserInvitation.call(admin(), slug(), { membershipId: invited.membershipId }));
    expect(await db.membership.findUnique({ where: { id: invited.membershipId } })).toBeNull();
    expect(await db.workspaceAssignment.count({ where: { membershipId: invited.membershipId } })).toBe(0);
    expect((await db.invitation.findFirstOrThrow({ where: { email: invited.email } })).revokedAt).not.toBeNull();
  });
});

describe("an account made by Add user goes with its invitation when nothing else holds it", () => {
  const userOf = (address: string) => db.user.findUnique({ where: { email: address } });

  it("Revoke deletes the account the invitation created (never signed in, no other membership, contact or session), in the same transaction, audited", async () => {
    const address = email("only-invited");
    const invited = data(await inviteUser.call(admin(), slug(), { email: address, role: "MEMBER", language: "en" }));
    const user = (await userOf(address))!;
    data(await revokeUserInvitation.call(userAdmin(), slug(), { membershipId: invited.membershipId }));
    expect(await userOf(address)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.deleted", targetId: user.id } });
    expect(event).toMatchObject({
      organizationId: orgId(),
      actorUserId: org.users.USER_ADMIN.id,
      targetType: "User",
      metadata: { email: address, reason: "invitation.revoked", membershipId: invited.membershipId },
    });
    // The address can be invited again: a fresh account.
    data(await inviteUser.call(admin(), slug(), { email: address, role: "MEMBER", language: "en" }));
    expect((await userOf(address))?.id).not.toBe(user.id);
  });

  it("an invited ORG_ADMIN's account goes too; the contact record added for the invitation stays on the list, unlinked", async () => {
    const address = email("admin-invited");
    const invited = data(await inviteUser.call(admin(), slug(), { email: address, role: "ORG_ADMIN", language: "en" }));
    expect(invited.contactAdded).toBe(true);
    data(await revokeUserInvitation.call(admin(), slug(), { membershipId: invited.membershipId }));
    expect(await userOf(address)).toBeNull();
    expect(
      await db.contact.findUniqueOrThrow({ where: { organizationId_email: { organizationId: orgId(), email: address } } }),
    ).toMatchObject({ status: "ACTIVE", userId: null, source: "ADMIN_INVITATION" });
  });

  it("Delete of a pending user does the same", async () => {
    const address = email("deleted-pending");
    const invited = data(await inviteUser.call(admin(), slug(), { email: address, role: "MEMBER", language: "en" }));
    data(await removeUser.call(admin(), slug(), { membershipId: invited.membershipId }));
    expect(await userOf(address)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.deleted", metadata: { path: ["email"], equals: address } } })).toBe(1);
  });

  it("keeps an account that existed before the invitation, or that has anything else: a sign-in, a session, another membership, a contact", async () => {
    const kept: { address: string; why: string }[] = [];
    const inviteThen = async (why: string, between: (userId: string, address: string) => Promise<unknown>, existing = false) => {
      const address = email(why);
      if (existing) await db.user.create({ data: { email: address } });
      const invited = data(await inviteUser.call(admin(), slug(), { email: address, role: "MEMBER", language: "en" }));
      const user = (await userOf(address))!;
      await between(user.id, address);
      data(await revokeUserInvitation.call(admin(), slug(), { membershipId: invited.membershipId }));
      kept.push({ address, why });
    };
    await inviteThen("existed-before", async () => {}, true);
    await inviteThen("signed-in", (id) => db.user.update({ where: { id }, data: { emailVerified: new Date(), lastSignInAt: new Date() } }));
    await inviteThen("session", (id) =>
      db.session.create({ data: { userId: id, sessionToken: `s-${uid()}`, expires: new Date(Date.now() + 86400_000) } }),
    );
    await inviteThen("other-membership", (id) =>
      db.membership.create({ data: { organizationId: other.organization.id, userId: id, role: "MEMBER", status: "PENDING" } }),
    );
    await inviteThen("contact-elsewhere", (_id, address) => createContact(other.organization.id, { email: address }));
    for (const { address, why } of kept) expect({ why, user: await userOf(address) }).toMatchObject({ why, user: { email: address } });
    expect(
      await db.auditEvent.count({
        where: { action: "user.deleted", OR: kept.map(({ address }) => ({ metadata: { path: ["email"], equals: address } })) },
      }),
    ).toBe(0);
  });
});

describe("bad input: a localized field error, nothing written", () => {
  type Call = () => Promise<ActionResult<unknown>>;
  /** name, fixture maker returning the call, field, message key. */
  type Case = [string, (locale: Locale) => Promise<Call>, string, string];
  const pendingMembershipId = async () =>
    data(await inviteUser.call(admin(), slug(), { email: email(), role: "MEMBER", language: "en" })).membershipId;
  const myMembership = (userId: string) => db.membership.findFirstOrThrow({ where: { organizationId: orgId(), userId } });

  const cases: Case[] = [
    [
      "a bad email",
      async (locale) => () => inviteUser.call(admin(), slug(), { email: "not-an-email", role: "MEMBER", language: "en" }, { locale }),
      "email",
      "errors.email",
    ],
    [
      "an unknown role",
      async (locale) => () => inviteUser.call(admin(), slug(), { email: email(), role: "OWNER", language: "en" }, { locale }),
      "role",
      "users.errors.unknownRole",
    ],
    [
      "a role the caller may not give",
      async (locale) => () => inviteUser.call(userAdmin(), slug(), { email: email(), role: "ORG_ADMIN", language: "en" }, { locale }),
      "role",
      "users.errors.roleNotAllowed",
    ],
    [
      "a role the caller may not give (change)",
      async (locale) => {
        const { membership } = await createMember(orgId());
        return () => changeUserRole.call(admin(), slug(), { membershipId: membership.id, role: "SUPERUSER" }, { locale });
      },
      "role",
      "users.errors.unknownRole",
    ],
    [
      "more than 10 workspaces",
      async (locale) => {
        const invited = await pendingMembershipId();
        const ids = await Promise.all(Array.from({ length: 11 }, async () => (await createWorkspaceRow(orgId())).id));
        return () => assignInvitationWorkspaces.call(admin(), slug(), { membershipId: invited, workspaceIds: ids }, { locale });
      },
      "workspaceIds",
      "users.errors.tooManyWorkspaces",
    ],
    [
      "a workspace of another organization",
      async (locale) => {
        const { membership } = await createMember(orgId());
        const foreign = await createWorkspaceRow(other.organization.id);
        return () => setUserWorkspaces.call(admin(), slug(), { membershipId: membership.id, workspaceIds: [foreign.id] }, { locale });
      },
      "workspaceIds",
      "users.errors.unknownWorkspace",
    ],
    [
      "a workspace of another organization (invitation)",
      async (locale) => {
        const invited = await pendingMembershipId();
        const own = await createWorkspaceRow(orgId());
        const foreign = await createWorkspaceRow(other.organization.id);
        return () =>
          assignInvitationWorkspaces.call(userAdmin(), slug(), { membershipId: invited, workspaceIds: [own.id, foreign.id] }, { locale });
      },
      "workspaceIds",
      "users.errors.unknownWorkspace",
    ],
    [
      "a stale user id",
      async (locale) => () => changeUserRole.call(admin(), slug(), { membershipId: `gone-${uid()}`, role: "MEMBER" }, { locale }),
      "membershipId",
      "users.errors.notFound",
    ],
    [
      "another organization's user id",
      async (locale) => {
        const { membership } = await createMember(other.organization.id);
        return () => removeUser.call(admin(), slug(), { membershipId: membership.id }, { locale });
      },
      "membershipId",
      "users.errors.notFound",
    ],
    [
      "another organization's user id (workspaces)",
      async (locale) => {
        const { membership } = await createMember(other.organization.id);
        return () => setUserWorkspaces.call(userAdmin(), slug(), { membershipId: membership.id, workspaceIds: [] }, { locale });
      },
      "membershipId",
      "users.errors.notFound",
    ],
    [
      "another organization's pending user (resend)",
      async (locale) => {
        const { membership } = await createMember(other.organization.id, "MEMBER", "PENDING");
        return () => resendUserInvitation.call(admin(), slug(), { membershipId: membership.id }, { locale });
      },
      "membershipId",
      "users.errors.notFound",
    ],
    [
      "deleting oneself",
      async (locale) => {
        const me = await myMembership(org.users.ORG_ADMIN.id);
        return () => removeUser.call(admin(), slug(), { membershipId: me.id }, { locale });
      },
      "membershipId",
      "users.errors.selfDelete",
    ],
    [
      "demoting oneself",
      async (locale) => {
        const me = await myMembership(org.users.ORG_ADMIN.id);
        return () => changeUserRole.call(admin(), slug(), { membershipId: me.id, role: "MEMBER" }, { locale });
      },
      "role",
      "users.errors.selfRole",
    ],
    [
      "a user admin deleting an org admin",
      async (locale) => {
        const { membership } = await createMember(orgId(), "ORG_ADMIN");
        return () => removeUser.call(userAdmin(), slug(), { membershipId: membership.id }, { locale });
      },
      "membershipId",
      "users.errors.removeNotAllowed",
    ],
    [
      "resending an accepted invitation",
      async (locale) => {
        const { membership } = await createMember(orgId());
        return () => resendUserInvitation.call(admin(), slug(), { membershipId: membership.id }, { locale });
      },
      "membershipId",
      "users.errors.notPending",
    ],
  ];

  for (const locale of ["en", "fr"] as const) {
    it.each(cases)(`${locale}: %s`, async (_name, prepare, field, key) => {
      const call = await prepare(locale);
      const before = await usersSnapshot();
      const result = await call();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const params = key === "users.errors.tooManyWorkspaces" ? { max: 10 } : undefined;
      expect(result.fieldErrors?.[field]).toEqual([translator(locale)(key as never, params)]);
      expect(await usersSnapshot()).toEqual(before);
    });
  }

  it("the last active ORG_ADMIN: they cannot demote or delete themself, and nobody else is left to", async () => {
    const solo = await createOrgWithRoles("Solo");
    const me = await db.membership.findFirstOrThrow({ where: { organizationId: solo.organization.id, userId: solo.users.ORG_ADMIN.id } });
    const before = await usersSnapshot();
    expect(
      await changeUserRole.call(actorOf(solo.users.ORG_ADMIN), solo.organization.slug, { membershipId: me.id, role: "MEMBER" }),
    ).toMatchObject({ ok: false, code: "SELF_CHANGE" });
    expect(await removeUser.call(actorOf(solo.users.ORG_ADMIN), solo.organization.slug, { membershipId: me.id })).toMatchObject({
      ok: false,
      code: "SELF_CHANGE",
    });
    expect(await removeUser.call(actorOf(solo.users.USER_ADMIN), solo.organization.slug, { membershipId: me.id })).toMatchObject({
      ok: false,
      code: "ROLE_NOT_ALLOWED",
    });
    expect(await usersSnapshot()).toEqual(before);
  });
});
