// SPEC §2 for webhooks (org admins only, like API keys): the settings page's loader and every
// webhooks action called directly as each organization role, a contact with each primary role
// (and a notifications-only one), another organization's admin and signed out, then as an org
// admin of a cancelled (read-only) organization. "ok" means allowed (and done); a refusal
// leaves the database exactly as it was (every table: support/database-checksum.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize, type Actor } from "@/lib/auth/access";
import { toFailure } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-secret";
import { disableWebhookEndpoint, enableWebhookEndpoint } from "@/lib/webhooks/set-endpoint-enabled";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-delivery";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/lib/webhooks/list-endpoints";
import { sealWebhookSecret, newWebhookSecret } from "@/lib/webhooks/secret";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { createSignedInContact } from "../support/billing-factories";
import { databaseChecksum } from "../support/database-checksum";

const CALLERS = [
  "ORG_ADMIN",
  "BILLING_ADMIN",
  "USER_ADMIN",
  "MEMBER",
  "PRIMARY_LICENSEE",
  "PRIMARY_TECHNICAL",
  "PRIMARY_BILLING",
  "NOTIFICATIONS_ONLY",
  "OTHER_ORG_ADMIN",
  "SIGNED_OUT",
] as const;
type Caller = (typeof CALLERS)[number];

const Y = "ok",
  F = "FORBIDDEN",
  N = "NOT_FOUND",
  U = "UNAUTHENTICATED";
const row = (...outcomes: string[]) => Object.fromEntries(CALLERS.map((caller, i) => [caller, outcomes[i]])) as Record<Caller, string>;
//                       OA BA UA ME PL PT PB NO OO SO
const ADMINS_ONLY = row(Y, F, F, F, F, F, F, N, N, U);

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
const contacts = {} as Record<
  "PRIMARY_LICENSEE" | "PRIMARY_TECHNICAL" | "PRIMARY_BILLING" | "NOTIFICATIONS_ONLY",
  { user: { id: string } }
>;

beforeAll(async () => {
  org = await createOrgWithRoles("Webhooks");
  other = await createOrgWithRoles("Elsewhere");
  for (const role of ["PRIMARY_LICENSEE", "PRIMARY_TECHNICAL", "PRIMARY_BILLING"] as const)
    contacts[role] = await createSignedInContact(org.organization.id, [role]);
  contacts.NOTIFICATIONS_ONLY = await createSignedInContact(org.organization.id, ["UNPAID_INVOICES", "NEW_QUOTES"]);
});

function actorFor(caller: Caller): Actor | null {
  switch (caller) {
    case "SIGNED_OUT":
      return null;
    case "OTHER_ORG_ADMIN":
      return actorOf(other.users.ORG_ADMIN);
    case "ORG_ADMIN":
    case "BILLING_ADMIN":
    case "USER_ADMIN":
    case "MEMBER":
      return actorOf(org.users[caller]);
    default:
      return actorOf(contacts[caller].user);
  }
}

/** A fresh endpoint (enabled or not) with one delivered event, written directly. */
async function endpointRow(organizationId: string, disabled = false) {
  const id = `ep${uid()}${uid()}`;
  await db.webhookEndpoint.create({
    data: {
      id,
      organizationId,
      url: "https://hooks.example.com/roster",
      events: ["contact.added"],
      secretSealed: sealWebhookSecret(newWebhookSecret(), id),
      disabledAt: disabled ? new Date() : null,
      disabledReason: disabled ? "manual" : null,
    },
  });
  const deliveryId = `msg_${uid()}${uid()}${uid()}${uid()}`;
  await db.webhookDelivery.create({
    data: {
      id: deliveryId,
      organizationId,
      endpointId: id,
      eventType: "contact.added",
      resourceKey: "contact:x",
      body: "{}",
      status: "DELIVERED",
      retryUntil: new Date(Date.now() + 60_000),
    },
  });
  return { endpointId: id, deliveryId };
}

type Call = (actor: Actor | null) => Promise<ActionResult<unknown>>;
const slug = () => org.organization.slug;

/** Each action with the target it needs, made afresh for every caller. */
const ACTIONS: Record<string, (organizationId: string, slug: string) => Promise<Call>> = {
  create: async (_, s) => (actor) =>
    createWebhookEndpoint.call(actor, s, { url: "https://hooks.example.com/new", events: ["user.invited"] }),
  rotate: async (id, s) => {
    const { endpointId } = await endpointRow(id);
    return (actor) => rotateWebhookSecret.call(actor, s, { endpointId });
  },
  disable: async (id, s) => {
    const { endpointId } = await endpointRow(id);
    return (actor) => disableWebhookEndpoint.call(actor, s, { endpointId });
  },
  enable: async (id, s) => {
    const { endpointId } = await endpointRow(id, true);
    return (actor) => enableWebhookEndpoint.call(actor, s, { endpointId });
  },
  delete: async (id, s) => {
    const { endpointId } = await endpointRow(id);
    return (actor) => deleteWebhookEndpoint.call(actor, s, { endpointId });
  },
  resend: async (id, s) => {
    const { endpointId, deliveryId } = await endpointRow(id);
    return (actor) => resendWebhookDelivery.call(actor, s, { endpointId, deliveryId });
  },
};

describe("webhooks page: who opens it", () => {
  it("org admins only; the rest refused, reading nothing else", async () => {
    const { endpointId } = await endpointRow(org.organization.id);
    const before = await databaseChecksum();
    const actual: Record<string, string> = {};
    for (const caller of CALLERS) {
      try {
        const access = await authorize(db, actorFor(caller), slug(), "webhooks.manage");
        await listWebhookEndpoints(db, access);
        await listWebhookDeliveries(db, access, endpointId);
        actual[caller] = Y;
      } catch (error) {
        const failure = toFailure(error, "en");
        actual[caller] = failure.ok ? "?" : (failure.code ?? "?");
      }
    }
    expect(actual).toEqual(ADMINS_ONLY);
    expect(await databaseChecksum()).toEqual(before);
  });
});

describe("webhooks actions: who may do what", () => {
  for (const [name, prepare] of Object.entries(ACTIONS)) {
    it(name, async () => {
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) {
        const call = await prepare(org.organization.id, slug());
        const before = await databaseChecksum();
        const result = await call(actorFor(caller));
        actual[caller] = result.ok ? Y : (result.code ?? "?");
        if (!result.ok) expect({ caller, state: await databaseChecksum() }).toEqual({ caller, state: before });
        else if (name === "create")
          await db.webhookEndpoint.deleteMany({ where: { organizationId: org.organization.id, url: { endsWith: "/new" } } });
      }
      expect(actual).toEqual(ADMINS_ONLY);
    });
  }

  it("a cancelled organization refuses every change (READ_ONLY), writing nothing", async () => {
    const cancelled = await createOrgWithRoles("Cancelled");
    await db.organization.update({
      where: { id: cancelled.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 86_400_000) },
    });
    for (const [name, prepare] of Object.entries(ACTIONS)) {
      const call = await prepare(cancelled.organization.id, cancelled.organization.slug);
      const before = await databaseChecksum();
      const result = await call(actorOf(cancelled.users.ORG_ADMIN));
      expect({ name, code: result.ok ? "ok" : result.code }).toEqual({ name, code: "READ_ONLY" });
      expect(await databaseChecksum()).toEqual(before);
    }
  });
});
