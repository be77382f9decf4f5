// The walk's own people and data, so it can run beside the other tests without sharing
// their sign-ins or their language: an organization admin of the demo organization named
// after the walk (in its language), a plain member's organization (for the 403 page), a
// pending contact invitation whose link the walk shows, and one sent (for Revoke); and
// billing data of its own (an order with line items, a license with a seat assigned and
// free seats, its open invoice, a quote), as the support of tests/e2e writes them.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { withAppDatabase } from "../support/database";
import type { Lang, ViewportName } from "./pages";

export type WalkBilling = {
  orderId: string;
  invoiceId: string;
  invoiceNumber: string;
  quoteId: string;
  licenseKey: string;
  seatEmail: string;
};
export type WalkData = {
  email: string;
  memberOrg: string;
  invitationPath: string;
  workspaceId: string;
  userInvitationPath: string;
  freshEmail: string;
  billing: WalkBilling;
  /** The address of the walk's sent contact invitation (Revoke is carried out on it). */
  sentInvitationEmail: string;
  /** Two members of the demo organization of the walk's own, found by `removableSearch`: the first is deleted. */
  removableUsers: [string, string];
  removableSearch: string;
  /** What tells this walk's own data apart (language, viewport, variant, time): names its domain and API key. */
  tag: string;
  /** Two members of the walk's own, in no workspace: Add member adds the first to Marketing, Remove member takes it out. */
  candidates: [string, string];
  /** A contact of the walk's own, edited, disabled and enabled again by the walk. */
  contact: string;
  /** That contact's address (the replacement chosen by Disable & Reassign). */
  contactEmail: string;
  /** A contact of the walk's own, licensee and billing contact of an order of its own: disabled and reassigned by the walk. */
  reassignContact: string;
  /** Two pending members of the walk's own, found by `pendingSearch`: the first's invitation is revoked, the second accepts meanwhile. */
  pendingUsers: [string, string];
  pendingSearch: string;
  /** Two members of the walk's own, found by `bulkSearch`: their role is changed in bulk. */
  bulkSearch: string;
  /** A workspace of the walk's own in the demo organization: a workspace contact is added to it. */
  ownWorkspaceId: string;
  /** Organizations of the walk's own, the walk's admin theirs: billing details saved in one, the subscription cancelled in the other. */
  billingOrg: string;
  cancelOrg: { slug: string; name: string };
};

export async function prepareWalk(lang: Lang, viewport: ViewportName, variant = ""): Promise<WalkData> {
  const tag = `${lang}-${viewport.replace("x", "-")}${variant}-${Date.now().toString(36)}`;
  const email = `walk-${tag}@acme.test`;
  const token = randomBytes(32).toString("base64url");
  const userToken = randomBytes(32).toString("base64url");
  const memberOrg = `walk-members-${tag}`;
  const seatEmail = `seat-${tag}@acme.test`;
  const billingOrg = `walk-billing-${tag}`.toLowerCase();
  const cancelOrg = { slug: `walk-cancel-${tag}`.toLowerCase(), name: `Walk Cancel ${tag}` };
  const { workspaceId, billing, ownWorkspaceId } = await withAppDatabase(async (client) => {
    const {
      rows: [org],
    } = await client.query(`SELECT id FROM "Organization" WHERE slug = 'acme'`);
    const userId = randomUUID();
    await client.query(
      `INSERT INTO "User" (id, email, name, locale, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now(), now())`,
      [userId, email, lang === "fr" ? "Camille Visiteur" : "Robin Walker", lang],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'ORG_ADMIN', 'ACTIVE', now(), now())`,
      [randomUUID(), org.id, userId],
    );
    const otherId = randomUUID();
    await client.query(`INSERT INTO "Organization" (id, name, slug, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      otherId,
      `Walk Members ${tag}`,
      memberOrg,
    ]);
    await client.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'ACTIVE', now(), now())`,
      [randomUUID(), otherId, userId],
    );
    const invitation = `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "contactRoles", language, "createdByUserId", "createdAt", "expiresAt", "lastSentAt", "sharedAt")
      VALUES ($1, $2, 'CONTACT', $3, $4, ARRAY['PRIMARY_TECHNICAL','SECURITY_PRIVACY']::"ContactRoleType"[], $5, $6, now(), now() + interval '7 days', $7, now())`;
    await client.query(invitation, [randomUUID(), org.id, createHash("sha256").update(token).digest("hex"), null, lang, userId, null]);
    await client.query(invitation, [
      randomUUID(),
      org.id,
      createHash("sha256").update(randomBytes(32)).digest("hex"),
      `invited-${tag}@partner.test`,
      lang,
      userId,
      new Date(),
    ]);
    // Two members the walk deletes (the first), to see where focus goes when a row leaves.
    for (const name of removableNames(tag)) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "User" (id, email, name, locale, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'en', now(), now(), now())`,
        [id, `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@acme.test`, name],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'ACTIVE', now(), now())`,
        [randomUUID(), org.id, id],
      );
    }
    // Two more, for Add member and Remove member on the Marketing workspace's page.
    for (const name of candidateNames(tag)) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "User" (id, email, name, locale, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'en', now(), now(), now())`,
        [id, `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@acme.test`, name],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'ACTIVE', now(), now())`,
        [randomUUID(), org.id, id],
      );
    }
    // Organizations of the walk's own, for what would change the demo organization for every
    // other test: its billing details (saved) and its subscription (cancelled: read-only after).
    // The walk's admin joins each only when it gets there (joinOrganization): until then its
    // organization switcher, screenshot and scanned, lists what it always did.
    for (const [slug, name] of [
      [billingOrg, `Walk Billing ${tag}`],
      [cancelOrg.slug, cancelOrg.name],
    ]) {
      await client.query(`INSERT INTO "Organization" (id, name, slug, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
        randomUUID(),
        name,
        slug,
      ]);
    }
    // Two pending members (invited, not yet accepted), each with its invitation: Revoke.
    for (const name of pendingNames(tag)) {
      const id = randomUUID();
      const address = emailOf(name);
      await client.query(`INSERT INTO "User" (id, email, name, locale, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'en', now(), now())`, [
        id,
        address,
        name,
      ]);
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'PENDING', now(), now())`,
        [randomUUID(), org.id, id],
      );
      await client.query(
        `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "orgRole", "workspaceIds", "contactRoles", language, "createdByUserId", "createdAt", "expiresAt", "lastSentAt", "sharedAt")
         VALUES ($1, $2, 'USER', $3, $4, 'MEMBER', '{}', '{}', 'en', $5, now(), now() + interval '7 days', now(), now())`,
        [randomUUID(), org.id, createHash("sha256").update(randomBytes(32)).digest("hex"), address, userId],
      );
    }
    // Two members whose role the walk changes in bulk.
    for (const name of bulkNames(tag)) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "User" (id, email, name, locale, "emailVerified", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'en', now(), now(), now())`,
        [id, emailOf(name), name],
      );
      await client.query(
        `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt") VALUES ($1, $2, $3, 'MEMBER', 'ACTIVE', now(), now())`,
        [randomUUID(), org.id, id],
      );
    }
    // A workspace of the walk's own: Add workspace contact carried out there, not on the demo's.
    const ownWorkspaceId = randomUUID();
    await client.query(`INSERT INTO "Workspace" (id, "organizationId", name, "createdAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      ownWorkspaceId,
      org.id,
      `Walk Space ${tag}`,
    ]);
    // A contact the walk edits, disables and enables (the demo's contacts stay as they are).
    const contactEmail = `contact-${tag}@partner.test`.toLowerCase();
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, "searchText", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [randomUUID(), org.id, contactName(tag), contactEmail, `${contactName(tag).toLowerCase()} ${contactEmail}`],
    );
    // The demo's Marketing workspace, for the workspace page and its dialogs.
    const {
      rows: [workspace],
    } = await client.query(`SELECT id FROM "Workspace" WHERE "organizationId" = $1 AND name = 'Marketing'`, [org.id]);
    // A user invitation (to Marketing) for an address that is not the walk admin's.
    await client.query(
      `INSERT INTO "Invitation" (id, "organizationId", kind, "tokenHash", email, "orgRole", "workspaceIds", "contactRoles", language, "createdByUserId", "createdAt", "expiresAt", "lastSentAt", "sharedAt")
       VALUES ($1, $2, 'USER', $3, $4, 'MEMBER', $5, '{}', $6, $7, now(), now() + interval '7 days', now(), now())`,
      [
        randomUUID(),
        org.id,
        createHash("sha256").update(userToken).digest("hex"),
        `invitee-${tag}@partner.test`,
        [workspace.id],
        lang,
        userId,
      ],
    );
    // An order of Sarah Johnson's: two products, a license of 3 seats with one assigned, its open invoice; and a quote.
    const {
      rows: [sarah],
    } = await client.query(`SELECT id FROM "Contact" WHERE "organizationId" = $1 AND email = 'sarah.johnson@acme.test'`, [org.id]);
    const orderId = randomUUID();
    const number = `W-${tag}`;
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "placedByUserId", currency, "totalCents", "updatedAt") VALUES ($1, $2, $3, $4, $4, $5, 'EUR', 54000, now())`,
      [orderId, org.id, number, sarah.id, userId],
    );
    const line = `INSERT INTO "OrderLineItem" (id, "organizationId", "orderId", product, plan, quantity, "unitPriceCents") VALUES ($1, $2, $3, $4, $5, $6, $7)`;
    await client.query(line, [randomUUID(), org.id, orderId, "Roster Cloud", "Team", 3, 12000]);
    await client.query(line, [randomUUID(), org.id, orderId, "Roster Support", "Priority", 1, 18000]);
    const licenseId = randomUUID();
    const licenseKey = `WALK-${tag}`.toUpperCase();
    await client.query(
      `INSERT INTO "License" (id, "organizationId", "orderId", product, "licenseKey", seats, "validUntil") VALUES ($1, $2, $3, 'Roster Cloud', $4, 3, now() + interval '1 year')`,
      [licenseId, org.id, orderId, licenseKey],
    );
    await client.query(
      `INSERT INTO "LicenseAssignment" (id, "organizationId", "licenseId", email, "assignedByUserId") VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), org.id, licenseId, seatEmail, userId],
    );
    const invoiceId = randomUUID();
    const invoiceNumber = `INV-${number}`;
    await client.query(
      `INSERT INTO "Invoice" (id, "organizationId", "orderId", number, "amountCents", "dueAt") VALUES ($1, $2, $3, $4, 54000, now() + interval '30 days')`,
      [invoiceId, org.id, orderId, invoiceNumber],
    );
    const quoteId = randomUUID();
    await client.query(
      `INSERT INTO "Quote" (id, "organizationId", number, "requestedByUserId", items, "amountCents", "validUntil", note) VALUES ($1, $2, $3, $4, $5, 120000, now() + interval '30 days', $6)`,
      [
        quoteId,
        org.id,
        `Q-${tag}`,
        userId,
        JSON.stringify([{ product: "Roster Cloud", plan: "Business", quantity: 10, unitPriceCents: 12000 }]),
        "Ten seats for the new office.",
      ],
    );
    // A contact of the walk's own holding an order's roles: Disable & Reassign carried out on it.
    const reassignId = randomUUID();
    const reassignEmail = emailOf(reassignName(tag), "partner.test");
    await client.query(
      `INSERT INTO "Contact" (id, "organizationId", name, email, "searchText", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [reassignId, org.id, reassignName(tag), reassignEmail, `${reassignName(tag).toLowerCase()} ${reassignEmail}`],
    );
    await client.query(
      `INSERT INTO "Order" (id, "organizationId", number, "licenseeContactId", "billingContactId", "placedByUserId", currency, "totalCents", "updatedAt") VALUES ($1, $2, $3, $4, $4, $5, 'EUR', 12000, now())`,
      [randomUUID(), org.id, `WR-${tag}`, reassignId, userId],
    );
    return {
      ownWorkspaceId,
      workspaceId: workspace.id as string,
      billing: { orderId, invoiceId, invoiceNumber, quoteId, licenseKey, seatEmail },
    };
  });
  return {
    email,
    memberOrg,
    invitationPath: `/invite/${token}`,
    workspaceId,
    userInvitationPath: `/invite/${userToken}`,
    freshEmail: `walk-added-${tag}@partner.test`,
    billing,
    sentInvitationEmail: `invited-${tag}@partner.test`,
    removableUsers: removableNames(tag),
    removableSearch: `Removable ${tag}`,
    tag,
    candidates: candidateNames(tag),
    contact: contactName(tag),
    contactEmail: `contact-${tag}@partner.test`.toLowerCase(),
    reassignContact: reassignName(tag),
    pendingUsers: pendingNames(tag),
    pendingSearch: `Pending ${tag}`,
    bulkSearch: `Bulk ${tag}`,
    ownWorkspaceId,
    billingOrg,
    cancelOrg,
  };
}

/** The address of a person of the walk's own, from their name. */
function emailOf(name: string, domain = "acme.test"): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@${domain}`;
}

function reassignName(tag: string): string {
  return `Reassign ${tag}`;
}

function pendingNames(tag: string): [string, string] {
  return [`Pending ${tag} Amy`, `Pending ${tag} Ben`];
}

function bulkNames(tag: string): [string, string] {
  return [`Bulk ${tag} Amy`, `Bulk ${tag} Ben`];
}

function contactName(tag: string): string {
  return `Contact ${tag}`;
}

function candidateNames(tag: string): [string, string] {
  return [`Candidate ${tag} Cleo`, `Candidate ${tag} Dan`];
}

function removableNames(tag: string): [string, string] {
  return [`Removable ${tag} Amy`, `Removable ${tag} Ben`];
}

/** Makes the walk's admin (by its address) an admin of one of the walk's own organizations. */
export async function joinOrganization(email: string, slug: string): Promise<void> {
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "Membership" (id, "organizationId", "userId", role, status, "createdAt", "updatedAt")
       SELECT $1, o.id, u.id, 'ORG_ADMIN', 'ACTIVE', now(), now() FROM "Organization" o, "User" u WHERE o.slug = $2 AND u.email = $3`,
      [randomUUID(), slug, email],
    ),
  );
}
