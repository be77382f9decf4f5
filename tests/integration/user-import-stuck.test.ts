// An import whose step died with its process is marked failed by the sweep once it is older
// than a step can take, with a reason the page shows and an audit event; a step still within
// its time, and imports in any other state, are left as they are. A list of audited changes
// (the sweep's, an import's) keeps its actor whole, API key included.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { failStuckImports, STUCK_IMPORT_MINUTES } from "@/lib/users/fail-stuck-user-imports";
import { audit } from "@/lib/audit/audit";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { actorOf, createOrgWithRoles } from "../support/factories";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60 * 1000);

async function importRow(data: { status: "PREVIEWING" | "APPLYING" | "READY"; createdAt: Date; applyStartedAt?: Date }) {
  return db.userImport.create({
    data: {
      organizationId: org.organization.id,
      createdById: org.users.ORG_ADMIN.id,
      fileName: "users.csv",
      source: data.status === "PREVIEWING" ? Buffer.from("email\na@example.test\n") : null,
      progress: 40,
      ...data,
    },
  });
}

beforeAll(async () => {
  org = await createOrgWithRoles("Stuck import");
});

describe("imports stopped halfway", () => {
  it("fails a preview and an apply older than a step can take, audited, and leaves the others", async () => {
    const late = STUCK_IMPORT_MINUTES + 1;
    const deadPreview = await importRow({ status: "PREVIEWING", createdAt: minutesAgo(late) });
    const deadApply = await importRow({ status: "APPLYING", createdAt: minutesAgo(late + 5), applyStartedAt: minutesAgo(late) });
    const runningPreview = await importRow({ status: "PREVIEWING", createdAt: minutesAgo(1) });
    const runningApply = await importRow({ status: "APPLYING", createdAt: minutesAgo(late + 5), applyStartedAt: minutesAgo(2) });
    const ready = await importRow({ status: "READY", createdAt: minutesAgo(late + 60) });

    expect(await failStuckImports()).toBeGreaterThanOrEqual(2);

    const after = async (id: string) =>
      db.userImport.findUniqueOrThrow({ where: { id }, select: { status: true, errorKey: true, source: true, progress: true } });
    expect(await after(deadPreview.id)).toEqual({
      status: "REJECTED",
      errorKey: "users.import.errors.previewInterrupted",
      source: null,
      progress: 100,
    });
    expect(await after(deadApply.id)).toMatchObject({ status: "APPLY_FAILED", errorKey: "users.import.errors.applyInterrupted" });
    expect((await after(runningPreview.id)).status).toBe("PREVIEWING");
    expect((await after(runningApply.id)).status).toBe("APPLYING");
    expect((await after(ready.id)).status).toBe("READY");

    const events = await db.auditEvent.findMany({
      where: { organizationId: org.organization.id, action: "users_import.interrupted" },
      select: { targetId: true, actorUserId: true, metadata: true },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toEqual(
      expect.arrayContaining([
        { targetId: deadPreview.id, actorUserId: null, metadata: { step: "preview" } },
        { targetId: deadApply.id, actorUserId: null, metadata: { step: "apply" } },
      ]),
    );
    expect(events).toHaveLength(2);

    // A second sweep finds nothing more of this organization's.
    await failStuckImports();
    expect(await db.auditEvent.count({ where: { organizationId: org.organization.id, action: "users_import.interrupted" } })).toBe(2);
  });
});

describe("a list of changes audited in one statement", () => {
  it("keeps the API key that acted, as a single change does", async () => {
    const created = await createApiKey.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { name: "Batch", role: "ORG_ADMIN" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const actor = { ...actorOf(org.users.ORG_ADMIN), apiKeyId: created.data.id };
    const change = (targetId: string) => ({
      organizationId: org.organization.id,
      action: "users_import.applied" as const,
      targetType: "UserImport" as const,
      targetId,
    });
    await db.$transaction(async (tx) => {
      await audit(tx, actor, change("single"));
      await audit(tx, actor, [change("listed-1"), change("listed-2")]);
    });
    const events = await db.auditEvent.findMany({
      where: { organizationId: org.organization.id, targetId: { in: ["single", "listed-1", "listed-2"] } },
      select: { actorUserId: true, actorApiKeyId: true },
    });
    expect(events).toEqual(Array(3).fill({ actorUserId: org.users.ORG_ADMIN.id, actorApiKeyId: created.data.id }));
  });
});
