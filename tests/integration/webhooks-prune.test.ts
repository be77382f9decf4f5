// The webhook deliveries' retention sweep (lib/webhooks/prune-deliveries.ts): finished
// deliveries older than 30 days go, in batches; recent ones, ones still waiting for a retry
// (however old their event) and old ones resent within the window stay.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import { pruneWebhookDeliveries, WEBHOOK_DELIVERY_RETENTION_DAYS } from "@/lib/webhooks/prune-deliveries";
import { createOrgWithRoles, uid } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

let organizationId: string;
let endpointId: string;

beforeAll(async () => {
  const org = await createOrgWithRoles("Prune");
  organizationId = org.organization.id;
  endpointId = (
    await db.webhookEndpoint.create({
      data: { organizationId, url: "https://hooks.example.test/in", events: ["contact.created"], secretSealed: "v1.test" },
    })
  ).id;
});

async function delivery(
  name: string,
  status: WebhookDeliveryStatus,
  dates: { created: number; lastAttempt?: number | null; nextAttempt?: number },
): Promise<[string, string]> {
  const createdAt = daysAgo(dates.created);
  const lastAttemptAt = dates.lastAttempt === null ? null : daysAgo(dates.lastAttempt ?? dates.created);
  const row = await db.webhookDelivery.create({
    data: {
      id: `msg_${uid()}`,
      organizationId,
      endpointId,
      eventType: "contact.created",
      resourceKey: `contact:${uid()}`,
      body: "{}",
      status,
      attempts: lastAttemptAt ? 1 : 0,
      createdAt,
      nextAttemptAt: daysAgo(dates.nextAttempt ?? dates.created),
      retryUntil: new Date(createdAt.getTime() + 3 * DAY),
      lastAttemptAt,
      deliveredAt: status === "DELIVERED" ? lastAttemptAt : null,
    },
  });
  return [name, row.id];
}

describe("webhook deliveries' retention", () => {
  it("deletes the finished deliveries older than the retention, in batches, and nothing else", async () => {
    expect(WEBHOOK_DELIVERY_RETENTION_DAYS).toBe(30);
    const gone = [
      await delivery("delivered 40 days ago", "DELIVERED", { created: 40 }),
      await delivery("failed for good 32 days ago", "FAILED", { created: 35, lastAttempt: 32 }),
      await delivery("failed 31 days ago, never answered", "FAILED", { created: 31, lastAttempt: null }),
      ...(await Promise.all([1, 2, 3].map((i) => delivery(`delivered ${40 + i} days ago`, "DELIVERED", { created: 40 + i })))),
    ];
    const kept = [
      await delivery("delivered 5 days ago", "DELIVERED", { created: 5 }),
      await delivery("failed 29 days ago", "FAILED", { created: 29 }),
      await delivery("an old event still waiting for its retry", "PENDING", { created: 40, lastAttempt: 1, nextAttempt: -1 }),
      await delivery("an old event whose retry is overdue", "PENDING", { created: 40, lastAttempt: 35, nextAttempt: 34 }),
      await delivery("an old event resent and delivered yesterday", "DELIVERED", { created: 40, lastAttempt: 1, nextAttempt: 1 }),
      await delivery("an old event resent, failing again", "FAILED", { created: 45, lastAttempt: 2, nextAttempt: 2 }),
    ];

    // Batches of 2: the six old finished ones take three full batches and an empty one.
    expect(await pruneWebhookDeliveries(db, { batch: 2 })).toBe(gone.length);

    const left = new Set((await db.webhookDelivery.findMany({ where: { endpointId }, select: { id: true } })).map((row) => row.id));
    expect(gone.filter(([, id]) => left.has(id)).map(([name]) => name)).toEqual([]);
    expect(kept.filter(([, id]) => !left.has(id)).map(([name]) => name)).toEqual([]);
    expect(await pruneWebhookDeliveries(db)).toBe(0);
  });

  it("stops after its batches for the run, leaving the rest to the next", async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => delivery(`old ${i}`, "DELIVERED", { created: 60 + i })));
    expect(await pruneWebhookDeliveries(db, { batch: 2, maxBatches: 1 })).toBe(2);
    expect(await pruneWebhookDeliveries(db, { batch: 2 })).toBe(3);
  });
});
