// A cancelled organization is read-only for everyone (SPEC §1, §4): every organization
// action of the product that writes, found among lib/'s exports (not listed by hand), is
// refused with READ_ONLY by the guard, by a caller who otherwise holds its capability, and
// nothing changes anywhere in the database; after Reactivate the guard lets them through.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, canAny, type Actor } from "@/lib/auth/access";
import { isRefusedWhenCancelled } from "@/lib/actions/define-action";
import { cancelSubscription } from "@/lib/subscription/cancel-subscription";
import { reactivateSubscription } from "@/lib/subscription/reactivate-subscription";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { translator } from "@/lib/i18n";
import { actorOf } from "../support/factories";
import { createBillingWorld } from "../support/billing-factories";
import { allOrgActions, serverActionNames, type FoundAction } from "../support/org-actions";
import { databaseChecksum } from "../support/database-checksum";

/**
 * The writes a cancelled organization still accepts (defineOrgAction's allowWhenCancelled):
 * undoing the cancellation, deleting at once, and the data export. A new one belongs here
 * only by a deliberate decision.
 */
const ALLOWED_WHEN_CANCELLED = ["reactivateSubscription", "deleteOrganizationNow", "requestDataExportAction"];

let world: Awaited<ReturnType<typeof createBillingWorld>>;
let actions: FoundAction[];
const slug = () => world.organization.slug;

/** Someone of the organization who holds the action's capability (the org admin, else a contact with the right role). */
async function callerFor(found: FoundAction): Promise<Actor> {
  const people = [
    world.users.ORG_ADMIN,
    world.users.BILLING_ADMIN,
    world.users.USER_ADMIN,
    world.users.MEMBER,
    ...Object.values(world.byContactRole).map((each) => each.user),
    world.licenseeOfA.user,
    world.billingOfB.user,
  ];
  for (const person of people) {
    const access = await loadOrgAccess(db, person.id, slug());
    if (access && canAny(access, found.action.capability) && (!found.action.visibleWith || canAny(access, found.action.visibleWith)))
      return actorOf(person);
  }
  throw new Error(`nobody in the test organization holds the capability of ${found.name}`);
}

beforeAll(async () => {
  world = await createBillingWorld("Cancelled");
  actions = await allOrgActions();
});

describe("a cancelled organization", () => {
  it("finds every organization action the app's server actions run", () => {
    const names = new Set(actions.map((found) => found.name));
    // The walk is only as good as the list: a few dozen actions, each server action's use case among them.
    expect(actions.length).toBeGreaterThan(40);
    for (const used of serverActionNames()) expect(names.has(used.name), `${used.name} (${used.file}) is not found by the walk`).toBe(true);
    for (const found of actions.filter((each) => each.action.allowWhenCancelled))
      expect(ALLOWED_WHEN_CANCELLED, `${found.name} is allowed when cancelled`).toContain(found.name);
  });

  it("refuses every action that writes, with a clear message, and changes nothing", async () => {
    const cancelled = await cancelSubscription.call(actorOf(world.users.ORG_ADMIN), slug(), { confirmName: world.organization.name });
    expect(cancelled.ok).toBe(true);
    const before = await databaseChecksum();
    const writes = actions.filter((found) => isRefusedWhenCancelled(found.action));
    expect(writes.length).toBeGreaterThan(30);
    const message = { en: translator("en")("errors.readOnly"), fr: translator("fr")("errors.readOnly") };
    for (const found of writes) {
      const actor = await callerFor(found);
      for (const locale of ["en", "fr"] as const) {
        // Even a well-formed input is refused: the guard decides before the input is read.
        const result = await found.action.call(actor, slug(), {}, { locale });
        expect(result, found.name).toMatchObject({ ok: false, code: "READ_ONLY", formError: message[locale] });
      }
    }
    // The actions that only read are called too, and they still answer (no READ_ONLY).
    for (const found of actions.filter((each) => each.action.write === false)) {
      const result = await found.action.call(await callerFor(found), slug(), {});
      expect(result.ok ? null : result.code, found.name).not.toBe("READ_ONLY");
    }
    expect(await databaseChecksum()).toEqual(before);
    console.log(`[read-only] ${writes.length} writing actions refused in a cancelled organization; ${actions.length} actions found`);
  }, 120_000);

  it("accepts writes again once reactivated", async () => {
    const admin = actorOf(world.users.ORG_ADMIN);
    expect((await createWorkspace.call(admin, slug(), { name: "Before reactivation" })).ok).toBe(false);
    expect((await reactivateSubscription.call(admin, slug(), {})).ok).toBe(true);
    for (const found of actions.filter((each) => isRefusedWhenCancelled(each.action))) {
      const result = await found.action.call(await callerFor(found), slug(), {});
      expect(result.ok ? null : result.code, found.name).not.toBe("READ_ONLY");
    }
    expect(await createWorkspace.call(admin, slug(), { name: "After reactivation" })).toMatchObject({ ok: true });
  }, 120_000);
});
