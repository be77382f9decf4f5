// Every row kind and every error reason of a users file, planned against a made-up
// organization (the planner is pure; the integration tests run it against the database).
import { describe, expect, it } from "vitest";
import { planImport, type ExistingMember, type PlanContext } from "@/lib/users/import/plan-import";
import type { ImportedLine } from "@/lib/users/import/read-users-csv";
import type { OrgRole } from "@/lib/db/generated/enums";

const member = (
  membershipId: string,
  role: OrgRole,
  workspaceIds: string[] = [],
  status: "ACTIVE" | "PENDING" = "ACTIVE",
): ExistingMember => ({
  membershipId,
  userId: `user-${membershipId}`,
  role,
  status,
  workspaceIds,
});

function context(uploaderRole: OrgRole, overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    uploader: { email: "me@example.com", role: uploaderRole },
    members: new Map([
      ["me@example.com", member("m-me", uploaderRole)],
      ["admin2@example.com", member("m-admin2", "ORG_ADMIN")],
      ["bea@example.com", member("m-bea", "MEMBER", ["w-sales"])],
    ]),
    activeAdminIds: uploaderRole === "ORG_ADMIN" ? ["m-me", "m-admin2"] : ["m-admin2"],
    workspaces: [
      { id: "w-sales", name: "Sales" },
      { id: "w-support", name: "Support" },
      ...Array.from({ length: 11 }, (_, i) => ({ id: `w-${i}`, name: `W${i}` })),
    ],
    defaultLanguage: "en",
    ...overrides,
  };
}

let next = 2;
const line = (email: string, fields: Partial<Omit<ImportedLine, "line" | "email">> = {}): ImportedLine => ({
  line: next++,
  email,
  name: "",
  role: "",
  workspaces: "",
  language: "",
  ...fields,
});

const reasons = (lines: ImportedLine[], ctx: PlanContext) =>
  planImport(lines, ctx).rows.map((row) => [row.kind, row.reasonKey?.replace("users.import.reasons.", "") ?? null]);

describe("planImport", () => {
  it("adds, updates, leaves unchanged, with before → after", () => {
    const plan = planImport(
      [
        line("new@example.com", { role: "Billing admin", workspaces: "sales | SUPPORT", language: "Français", name: "New One" }),
        line("bea@example.com", { role: "USER_ADMIN" }),
        line("admin2@example.com", { workspaces: "" }),
      ],
      context("ORG_ADMIN"),
    );
    expect(plan.counts).toEqual({ ADD: 1, UPDATE: 1, UNCHANGED: 1, ERROR: 0 });
    expect(plan.rows[0]).toMatchObject({
      kind: "ADD",
      roleAfter: "BILLING_ADMIN",
      workspaceIdsAfter: ["w-sales", "w-support"],
      invitationLanguage: "fr",
      accountName: "New One",
    });
    expect(plan.rows[1]).toMatchObject({ kind: "UPDATE", roleAfter: "USER_ADMIN", workspaceIdsAfter: ["w-sales"] });
    expect(plan.rows[2].kind).toBe("UNCHANGED");
  });

  it("gives each error its reason", () => {
    const ctx = context("ORG_ADMIN");
    expect(
      reasons(
        [
          line("not-an-email"),
          line("dup@example.com"),
          line("DUP@example.com"),
          line("me@example.com", { role: "MEMBER" }),
          line("x1@example.com", { role: "superuser" }),
          line("x2@example.com", { language: "de" }),
          line("x3@example.com", { workspaces: "Nowhere" }),
          line("x4@example.com", { workspaces: Array.from({ length: 11 }, (_, i) => `W${i}`).join("|") }),
          line("x5@example.com", { name: "a".repeat(500) }),
        ],
        ctx,
      ),
    ).toEqual([
      ["ERROR", "badEmail"],
      ["ADD", null],
      ["ERROR", "duplicate"],
      ["ERROR", "ownRow"],
      ["ERROR", "unknownRole"],
      ["ERROR", "unknownLanguage"],
      ["ERROR", "unknownWorkspace"],
      ["ERROR", "tooManyWorkspaces"],
      ["ERROR", "badName"],
    ]);
  });

  it("lets a user admin add members and change workspaces, never give or change a role", () => {
    expect(
      reasons(
        [
          line("m@example.com", { role: "MEMBER" }),
          line("b@example.com", { role: "BILLING_ADMIN" }),
          line("o@example.com", { role: "ORG_ADMIN" }),
          line("bea@example.com", { role: "USER_ADMIN" }),
          line("admin2@example.com", { workspaces: "Support" }),
          line("bea@example.com".replace("bea", "bea2")),
        ],
        context("USER_ADMIN"),
      ),
    ).toEqual([
      ["ADD", null],
      ["ERROR", "roleNotAllowed"],
      ["ERROR", "roleNotAllowed"],
      ["ERROR", "roleNotAllowed"],
      ["UPDATE", null],
      ["ADD", null],
    ]);
  });

  it("never demotes the last active ORG_ADMIN", () => {
    // The uploader is an active ORG_ADMIN and cannot be in the file, so only a state where the
    // other admins are all demoted and the uploader is not counted shows it.
    const ctx = context("ORG_ADMIN", { activeAdminIds: ["m-admin2"] });
    expect(reasons([line("admin2@example.com", { role: "MEMBER" })], ctx)).toEqual([["ERROR", "lastAdmin"]]);
    expect(reasons([line("admin2@example.com", { role: "MEMBER" })], context("ORG_ADMIN"))).toEqual([["UPDATE", null]]);
  });

  it("fingerprints the plan: the same file and state agree, another state differs", () => {
    const lines = [line("bea@example.com", { workspaces: "Support" })];
    const first = planImport(lines, context("ORG_ADMIN")).fingerprint;
    expect(planImport(lines, context("ORG_ADMIN")).fingerprint).toBe(first);
    const changed = context("ORG_ADMIN");
    (changed.members as Map<string, ExistingMember>).set("bea@example.com", member("m-bea", "MEMBER", ["w-support"]));
    expect(planImport(lines, changed).fingerprint).not.toBe(first);
  });
});
