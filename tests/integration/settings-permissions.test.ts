// SPEC §2 for Settings: "see organization settings and information" (org, billing and user
// admins; primary contacts see the organization), "edit organization information" (org
// admins), "manage the subscription (change plan)" (org and billing admins). Every new
// action and page loader called directly as each organization role, a contact with each
// primary role (and a notifications-only one), another organization's admin and signed out.
// "ok" means allowed (and done, then undone); a refusal leaves the database exactly as it was.
// The expectations are written from the SPEC table, not from the code.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { loadOrgAccess, type Actor } from "@/lib/auth/access";
import { AppError } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/actions/result";
import { updateOrganizationInfo } from "@/lib/orgs/update-organization-info";
import { changePlan } from "@/lib/orgs/change-plan";
import { loadOrganizationSettings } from "@/lib/orgs/load-settings";
import { loadPlanPage } from "@/lib/orgs/load-plan";
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

//                              OA BA UA ME PL PT PB NO OO SO
const PAGES = {
  settings: row(Y, Y, Y, F, Y, Y, Y, N, N, U),
  plan: row(Y, Y, F, F, F, F, F, N, N, U),
};
const ACTIONS = {
  updateOrganizationInfo: row(Y, F, F, F, F, F, F, N, N, U),
  renameOrganization: row(Y, F, F, F, F, F, F, N, N, U),
  changePlan: row(Y, Y, F, F, F, F, F, N, N, U),
};

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let other: Awaited<ReturnType<typeof createOrgWithRoles>>;
const contacts = {} as Record<
  "PRIMARY_LICENSEE" | "PRIMARY_TECHNICAL" | "PRIMARY_BILLING" | "NOTIFICATIONS_ONLY",
  { user: { id: string } }
>;
const slug = () => org.organization.slug;

beforeAll(async () => {
  org = await createOrgWithRoles("Settings");
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

/** Every table of the database (support/database-checksum.ts), not only the ones a test thought of. */
const snapshot = databaseChecksum;

describe("settings pages: who opens what (SPEC §2)", () => {
  const loaders: Record<keyof typeof PAGES, (access: NonNullable<Awaited<ReturnType<typeof loadOrgAccess>>>) => Promise<unknown>> = {
    settings: (access) => loadOrganizationSettings(db, access),
    plan: (access) => loadPlanPage(db, access),
  };
  for (const [page, expected] of Object.entries(PAGES) as [keyof typeof PAGES, Record<Caller, string>][]) {
    it(page, async () => {
      const before = await snapshot();
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) {
        const actor = actorFor(caller);
        const access = actor ? await loadOrgAccess(db, actor.userId, slug()) : null;
        if (!actor) actual[caller] = U;
        else if (!access) actual[caller] = N;
        else
          actual[caller] = await loaders[page](access).then(
            () => Y,
            (error) => (error instanceof AppError ? error.code : Promise.reject(error)),
          );
      }
      expect(actual).toEqual(expected);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("settings actions: who may do what (SPEC §2)", () => {
  type Call = (actor: Actor | null) => Promise<ActionResult<unknown>>;
  const calls: Record<keyof typeof ACTIONS, Call> = {
    updateOrganizationInfo: (actor) =>
      updateOrganizationInfo.call(actor, slug(), { name: `Renamed ${uid()}`, slug: slug(), defaultLocale: "fr" }),
    renameOrganization: (actor) =>
      updateOrganizationInfo.call(actor, slug(), { name: org.organization.name, slug: `moved-${uid()}`, defaultLocale: "" }),
    changePlan: (actor) => changePlan.call(actor, slug(), { planId: "cloud-enterprise" }),
  };
  /** Puts back what an allowed call changed, so every caller meets the same state. */
  async function undo() {
    await db.organizationPreviousSlug.deleteMany({ where: { organizationId: org.organization.id } });
    await db.organization.update({
      where: { id: org.organization.id },
      data: { name: org.organization.name, slug: org.organization.slug, defaultLocale: null, planId: "cloud-standard" },
    });
  }
  for (const [action, expected] of Object.entries(ACTIONS) as [keyof typeof ACTIONS, Record<Caller, string>][]) {
    it(action, async () => {
      const actual: Record<string, string> = {};
      for (const caller of CALLERS) {
        const before = await snapshot();
        const result = await calls[action](actorFor(caller));
        actual[caller] = result.ok ? Y : (result.code ?? "?");
        if (result.ok) await undo();
        else expect({ caller, state: await snapshot() }).toEqual({ caller, state: before });
      }
      expect(actual).toEqual(expected);
    });
  }
});
