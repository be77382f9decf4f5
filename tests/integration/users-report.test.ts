// The users report: every member with role, status, last active, workspaces, who invited them
// and when, in the viewer's language, formula-safe, across keyset pages, audited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { authorize } from "@/lib/auth/access";
import { exportUsersReport } from "@/lib/users/users-report";
import { actorOf, createOrgWithRoles } from "../support/factories";
import { assign, createMember, createWorkspaceRow } from "../support/user-factories";

describe("users report", () => {
  it("lists every member across pages, in French, formula-safe, with who invited them", async () => {
    const org = await createOrgWithRoles("Report");
    const orgId = org.organization.id;
    const sales = await createWorkspaceRow(orgId, "Sales");
    const tricky = await createMember(orgId, "MEMBER", "PENDING", { name: "=HYPERLINK(1)" });
    await assign(orgId, sales.id, tricky.membership.id);
    await db.invitation.create({
      data: {
        organizationId: orgId,
        kind: "USER",
        tokenHash: `hash-${tricky.membership.id}`,
        email: tricky.user.email,
        orgRole: "MEMBER",
        createdByUserId: org.users.ORG_ADMIN.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const actor = actorOf(org.users.BILLING_ADMIN);
    const access = await authorize(db, actor, org.organization.slug, "users.view");
    const { stream } = await exportUsersReport(access, actor, "fr", 2);
    const lines = (await new Response(stream).text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("Nom,E-mail,Rôle,État,Dernière activité,Espaces de travail,Invité par,Invité le (UTC)");
    expect(lines).toHaveLength(1 + 5);
    const row = lines.find((line) => line.includes(tricky.user.email))!;
    expect(row.startsWith("'=HYPERLINK(1)")).toBe(true);
    expect(row).toContain(",Membre,En attente,En attente,Sales,");
    expect(row).toContain(org.users.ORG_ADMIN.name!);
    expect(await db.auditEvent.count({ where: { organizationId: orgId, action: "users.report_exported" } })).toBe(1);
  });
});
