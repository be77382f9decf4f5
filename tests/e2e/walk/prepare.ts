// The walk's own people and data, so it can run beside the other tests without sharing
// their sign-ins or their language: an organization admin of the demo organization named
// after the walk (in its language), a plain member's organization (for the 403 page), a
// pending contact invitation whose link the walk shows, and one sent (for Revoke).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { withAppDatabase } from "../support/database";
import type { Lang, ViewportName } from "./pages";

export type WalkData = { email: string; memberOrg: string; invitationPath: string; workspaceId: string; userInvitationPath: string; freshEmail: string };

export async function prepareWalk(lang: Lang, viewport: ViewportName, variant = ""): Promise<WalkData> {
  const tag = `${lang}-${viewport.replace("x", "-")}${variant}-${Date.now().toString(36)}`;
  const email = `walk-${tag}@acme.test`;
  const token = randomBytes(32).toString("base64url");
  const userToken = randomBytes(32).toString("base64url");
  const memberOrg = `walk-members-${tag}`;
  const workspaceId = await withAppDatabase(async (client) => {
    const { rows: [org] } = await client.query(`SELECT id FROM "Organization" WHERE slug = 'acme'`);
    const userId = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, name, locale, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now(), now())`,
      [userId, email, lang === "fr" ? "Camille Visiteur" : "Robin Walker", lang],
    );
    await client.query(`INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'ORG_ADMIN', 'ACTIVE', now(), now())`, [randomUUID(), org.id, userId]);
    const otherId = randomUUID();
    await client.query(`INSERT INTO "Organization" (id, name, slug, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [otherId, `Walk Members ${tag}`, memberOrg]);
    await client.query(`INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'ACTIVE', now(), now())`, [randomUUID(), otherId, userId]);
    const invitation = `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "contactRoles", language, "createdByUserId", "createdAt", "expiresAt", "lastSentAt", "sharedAt")
      VALUES ($1, $2, 'CONTACT', $3, $4, ARRAY['PRIMARY_TECHNICAL','SECURITY_PRIVACY']::"ContactRoleType"[], $5, $6, now(), now() + interval '7 days', $7, now())`;
    await client.query(invitation, [randomUUID(), org.id, createHash("sha256").update(token).digest("hex"), null, lang, userId, null]);
    await client.query(invitation, [randomUUID(), org.id, createHash("sha256").update(randomBytes(32)).digest("hex"), `invited-${tag}@partner.test`, lang, userId, new Date()]);
    // The demo's Marketing workspace, for the workspace page and its dialogs.
    const { rows: [workspace] } = await client.query(`SELECT id FROM "Workspace" WHERE "organizationId" = $1 AND name = 'Marketing'`, [org.id]);
    // A user invitation (to Marketing) for an address that is not the walk admin's.
    await client.query(
      `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "orgRole", "workspaceIds", "contactRoles", language, "createdByUserId", "createdAt", "expiresAt", "lastSentAt", "sharedAt")
       VALUES ($1, $2, 'USER', $3, $4, 'MEMBER', $5, '{}', $6, $7, now(), now() + interval '7 days', now(), now())`,
      [randomUUID(), org.id, createHash("sha256").update(userToken).digest("hex"), `invitee-${tag}@partner.test`, [workspace.id], lang, userId],
    );
    return workspace.id as string;
  });
  return { email, memberOrg, invitationPath: `/invite/${token}`, workspaceId, userInvitationPath: `/invite/${userToken}`, freshEmail: `walk-added-${tag}@partner.test` };
}
