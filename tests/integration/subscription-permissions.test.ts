// SPEC §2 "cancel the subscription / delete the organization" (org admins only): the
// subscription page's guard and each of its actions called directly as each organization
// role, a signed-in contact with each primary role, another organization's admin and
// signed out. "ok" means allowed (and done); anything else is the refusal's code, with the
// database exactly as before. Each call meets a fresh organization in the state the action
// needs (active to cancel; cancelled to reactivate or delete now).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize, type Actor } from "@/lib/auth/access";
import type { ActionResult } from "@/lib/actions/result";
import type { ErrorCode } from "@/lib/errors/app-error";
import { toFailure } from "@/lib/actions/define-action";
import { translator } from "@/lib/i18n";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { reactivateSubscription } from "@/lib/subscription/reactivate-subscription";
import { deleteOrganizationNow } from "@/lib/subscription/delete-organization-now";
import { actorOf, createOrgWithRoles } from "../support/factories";
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
  "OTHER_ORG_ADMIN",
  "SIGNED_OUT",
] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = "ok" | ErrorCode;

type World = { slug: string; name: string; organizationId: string; actor: Actor | null };

async function worldFor(caller: Caller, cancelled: boolean): Promise<World> {
  const org = await createOrgWithRoles("Subscription");
  const organizationId = org.organization.id;
  if (cancelled) {
    await db.organization.update({
      where: { id: organizationId },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86_400_000) },
    });
  }
  let actor: Actor | null = null;
  if (caller === "OTHER_ORG_ADMIN") actor = actorOf((await createOrgWithRoles("Other")).users.ORG_ADMIN);
  else if (caller === "PRIMARY_LICENSEE" || caller === "PRIMARY_TECHNICAL" || caller === "PRIMARY_BILLING")
    actor = actorOf((await createSignedInContact(organizationId, [caller])).user);
  else if (caller !== "SIGNED_OUT") actor = actorOf(org.users[caller]);
  return { slug: org.organization.slug, name: org.organization.name, organizationId, actor };
}

type Case = {
  name: string;
  cancelled: boolean;
  call: (world: World) => Promise<ActionResult<unknown>>;
  /** What "done" leaves in the database. */
  done?: (world: World) => Promise<void>;
};

// Written from SPEC §2: only the org admin; members of the organization without the right
// are FORBIDDEN, strangers NOT_FOUND, the signed-out UNAUTHENTICATED.
const EXPECTED: Outcome[] = [
  "ok",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "NOT_FOUND",
  "UNAUTHENTICATED",
];

const CASES: Case[] = [
  {
    name: "subscription page",
    cancelled: false,
    call: async (world) => {
      try {
        await authorize(db, world.actor, world.slug, "subscription.cancel");
        return { ok: true, data: null };
      } catch (error) {
        return toFailure(error, "en");
      }
    },
  },
  {
    name: "cancel the subscription",
    cancelled: false,
    call: (world) => cancelSubscription.call(world.actor, world.slug, { confirmName: world.name }),
    done: async (world) => {
      const organization = await db.organization.findUniqueOrThrow({ where: { id: world.organizationId } });
      expect(organization.subscriptionStatus).toBe("CANCELLED");
      expect(organization.deletionScheduledAt!.getTime() - organization.cancelledAt!.getTime()).toBe(90 * 86_400_000);
    },
  },
  {
    name: "reactivate",
    cancelled: true,
    call: (world) => reactivateSubscription.call(world.actor, world.slug, {}),
    done: async (world) => {
      const organization = await db.organization.findUniqueOrThrow({ where: { id: world.organizationId } });
      expect(organization).toMatchObject({ subscriptionStatus: "ACTIVE", cancelledAt: null, deletionScheduledAt: null });
    },
  },
  {
    name: "delete now",
    cancelled: true,
    call: (world) => deleteOrganizationNow.call(world.actor, world.slug, { confirmName: world.name }),
    done: async (world) => {
      expect(await db.organization.findUnique({ where: { id: world.organizationId } })).toBeNull();
    },
  },
];

describe("subscription: the SPEC §2 role matrix of direct calls", () => {
  for (const testCase of CASES) {
    it(
      testCase.name,
      async () => {
        const outcomes: Outcome[] = [];
        for (const caller of CALLERS) {
          const world = await worldFor(caller, testCase.cancelled);
          const before = await databaseChecksum();
          const result = await testCase.call(world);
          const outcome = result.ok ? "ok" : result.code!;
          outcomes.push(outcome);
          if (outcome === "ok") await testCase.done?.(world);
          else expect(await databaseChecksum(), `${caller}: the database changed after a refusal`).toEqual(before);
        }
        expect(Object.fromEntries(CALLERS.map((caller, index) => [caller, outcomes[index]]))).toEqual(
          Object.fromEntries(CALLERS.map((caller, index) => [caller, EXPECTED[index]])),
        );
      },
      120_000,
    );
  }

  it("cancel and delete now need the organization's exact name; reactivate and delete now need a cancelled organization", async () => {
    const active = await worldFor("ORG_ADMIN", false);
    const before = await databaseChecksum();
    expect(await cancelSubscription.call(active.actor, active.slug, { confirmName: "wrong" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmName: [translator("en")("subscription.errors.nameMismatch")] },
    });
    expect(await reactivateSubscription.call(active.actor, active.slug, {})).toMatchObject({ ok: false, code: "NOT_CANCELLED" });
    expect(await deleteOrganizationNow.call(active.actor, active.slug, { confirmName: active.name })).toMatchObject({
      ok: false,
      code: "NOT_CANCELLED",
    });
    expect(await databaseChecksum()).toEqual(before);

    const cancelled = await worldFor("ORG_ADMIN", true);
    const cancelledBefore = await databaseChecksum();
    expect(
      await deleteOrganizationNow.call(cancelled.actor, cancelled.slug, { confirmName: cancelled.name.toUpperCase() }, { locale: "fr" }),
    ).toMatchObject({ ok: false, fieldErrors: { confirmName: [translator("fr")("subscription.errors.nameMismatch")] } });
    // A second cancellation is refused by the guard: the organization is read-only.
    expect(await cancelSubscription.call(cancelled.actor, cancelled.slug, { confirmName: cancelled.name })).toMatchObject({
      ok: false,
      code: "READ_ONLY",
    });
    expect(await databaseChecksum()).toEqual(cancelledBefore);
  }, 60_000);
});
