// Accepting a user invitation through the one accept flow (/invite/[token]): bound to one
// email, single-use (two accepts at once give one membership), expiring, revocable.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { propsWithSecrets } from "@/lib/mail/outbox-secrets";
import type { ActionResult } from "@/lib/actions/result";
import { translator } from "@/lib/i18n";
import { inviteUser } from "@/lib/users/invite-user";
import { assignInvitationWorkspaces } from "@/lib/users/assign-invitation-workspaces";
import { resendUserInvitation } from "@/lib/users/resend-user-invitation";
import { revokeUserInvitation } from "@/lib/users/revoke-user-invitation";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { loadInvitation } from "@/lib/invitations/load-invitation";
import { maskEmail } from "@/lib/invitations/mask-email";
import { loadOrgAccess } from "@/lib/auth/access";
import { actorOf, createOrgWithRoles, createUser, uid } from "../support/factories";
import { createWorkspaceRow, usersSnapshot } from "../support/user-factories";

/** The link's token, from the outbox row's props (rendered at send time; the link is sealed until then). */
const tokenIn = (mail: Parameters<typeof propsWithSecrets>[0]) =>
  (propsWithSecrets(mail) as { url: string }).url.match(/\/invite\/([A-Za-z0-9_-]{43})$/)![1];

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
const slug = () => org.organization.slug;
const admin = () => actorOf(org.users.ORG_ADMIN);

beforeAll(async () => {
  org = await createOrgWithRoles("Invites");
});

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

/** Invites a new person, gives them workspaces, and reads the link from the outbox as the invitee would. */
async function invite(options: { role?: "MEMBER" | "ORG_ADMIN"; workspaces?: number; name?: string } = {}) {
  const email = `${options.name ?? "jane"}-${uid()}@acme.test`;
  const invited = data(await inviteUser.call(admin(), slug(), { email, role: options.role ?? "MEMBER", language: "en" }));
  const workspaces = await Promise.all(
    Array.from({ length: options.workspaces ?? 0 }, (_, i) => createWorkspaceRow(org.organization.id, `WS ${i} ${uid()}`)),
  );
  if (workspaces.length)
    data(
      await assignInvitationWorkspaces.call(admin(), slug(), {
        membershipId: invited.membershipId,
        workspaceIds: workspaces.map((w) => w.id),
      }),
    );
  const token = await latestToken(email);
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { email, token, user, membershipId: invited.membershipId, workspaces };
}

async function latestToken(email: string): Promise<string> {
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" } });
  return tokenIn(mail);
}

describe("accepting a user invitation", () => {
  it("the invitee signed in with that email becomes an ACTIVE member with the role and workspaces; audited; the link is used up", async () => {
    const invited = await invite({ workspaces: 2 });
    const shown = await loadInvitation(invited.token, { viewerUserId: invited.user.id });
    expect(shown).toMatchObject({
      state: "valid",
      kind: "USER",
      user: { role: "MEMBER", maskedEmail: maskEmail(invited.email) },
      viewer: { isInvitee: true, hasAccess: false },
    });
    if (shown.state !== "not_found") expect(shown.user?.workspaces).toEqual(invited.workspaces.map((w) => w.name).sort());

    const accepted = data(await acceptInvitation.call(actorOf(invited.user), { token: invited.token }));
    expect(accepted).toMatchObject({
      kind: "USER",
      membershipId: invited.membershipId,
      hasAccess: true,
      created: false,
      organization: { slug: slug() },
    });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: invited.membershipId }, include: { workspaces: true } });
    expect(membership).toMatchObject({ status: "ACTIVE", role: "MEMBER" });
    expect(membership.workspaces.map((a) => a.workspaceId).sort()).toEqual(invited.workspaces.map((w) => w.id).sort());
    expect(await db.auditEvent.count({ where: { action: "invitation.accepted", actorUserId: invited.user.id } })).toBe(1);
    const access = await loadOrgAccess(db, invited.user.id, slug());
    expect(access?.orgRole).toBe("MEMBER");

    expect(await acceptInvitation.call(actorOf(invited.user), { token: invited.token })).toMatchObject({ ok: false, code: "USED" });
    expect(await loadInvitation(invited.token, { viewerUserId: invited.user.id })).toMatchObject({ state: "used", acceptedByViewer: true });
  });

  it("accepting twice at once gives one membership, one acceptance", async () => {
    for (let round = 0; round < 5; round++) {
      const invited = await invite({ workspaces: 1 });
      const results = await Promise.all([
        acceptInvitation.call(actorOf(invited.user), { token: invited.token }),
        acceptInvitation.call(actorOf(invited.user), { token: invited.token }),
      ]);
      expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["USED", "ok"]);
      expect(await db.membership.count({ where: { organizationId: org.organization.id, userId: invited.user.id } })).toBe(1);
      expect(await db.membership.count({ where: { organizationId: org.organization.id, userId: invited.user.id, status: "ACTIVE" } })).toBe(
        1,
      );
      expect(await db.workspaceAssignment.count({ where: { membershipId: invited.membershipId } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "invitation.accepted", actorUserId: invited.user.id } })).toBe(1);
    }
  });

  it("signed in with another email: refused, naming the expected address masked, nothing written", async () => {
    const invited = await invite({ name: "jane" });
    const someoneElse = await createUser();
    expect(await loadInvitation(invited.token, { viewerUserId: someoneElse.id })).toMatchObject({ viewer: { isInvitee: false } });
    const before = await usersSnapshot();
    for (const locale of ["en", "fr"] as const) {
      const result = await acceptInvitation.call(actorOf(someoneElse), { token: invited.token }, { locale });
      expect(result).toMatchObject({
        ok: false,
        code: "WRONG_ACCOUNT",
        formError: translator(locale)("users.errors.wrongAccount", { expected: maskEmail(invited.email) }),
      });
      if (!result.ok) expect(result.formError).toContain("j•••@acme.test");
    }
    expect(await usersSnapshot()).toEqual(before);
  });

  it("a resent invitation's old link no longer works; a revoked or expired one is refused with nothing changed", async () => {
    const resent = await invite();
    data(await resendUserInvitation.call(admin(), slug(), { membershipId: resent.membershipId }));
    expect(await acceptInvitation.call(actorOf(resent.user), { token: resent.token })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    data(await acceptInvitation.call(actorOf(resent.user), { token: await latestToken(resent.email) }));

    const revoked = await invite();
    data(await revokeUserInvitation.call(admin(), slug(), { membershipId: revoked.membershipId }));
    expect(await acceptInvitation.call(actorOf(revoked.user), { token: revoked.token })).toMatchObject({ ok: false, code: "REVOKED" });
    expect(await db.membership.count({ where: { userId: revoked.user.id } })).toBe(0);

    const expired = await invite();
    await db.invitation.updateMany({ where: { email: expired.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await usersSnapshot();
    expect(await acceptInvitation.call(actorOf(expired.user), { token: expired.token })).toMatchObject({ ok: false, code: "EXPIRED" });
    expect(await usersSnapshot()).toEqual(before);
  });

  it("an invited ORG_ADMIN gets the access and their contact record (added at invitation) is theirs", async () => {
    const invited = await invite({ role: "ORG_ADMIN" });
    data(await acceptInvitation.call(actorOf(invited.user), { token: invited.token }));
    const contact = await db.contact.findUniqueOrThrow({
      where: { organizationId_email: { organizationId: org.organization.id, email: invited.email } },
    });
    expect(contact).toMatchObject({ userId: invited.user.id, source: "ADMIN_INVITATION" });
    expect((await loadOrgAccess(db, invited.user.id, slug()))?.can("users.changeRole")).toBe(true);
  });
});
