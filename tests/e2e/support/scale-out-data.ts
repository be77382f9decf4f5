// Rows the two-instance test (tests/integration/scale-out/two-instances.spec.ts) writes into its own database:
// an organization whose deletion is due with the job that deletes it, and an API key.
import { randomBytes } from "node:crypto";
import { newApiKeySecret } from "@/lib/api-keys/secret";
import { createBoss } from "@/lib/jobs/boss";
import { withAppDatabase } from "./database";
import type { OrgWithEveryRole } from "./org-with-every-role";

/** ORGANIZATION_DELETIONS_QUEUE of lib/jobs/organization-deletions-job.ts (whose imports need the app's bundle). */
const ORGANIZATION_DELETIONS_QUEUE = "organization-deletions";

/**
 * A cancelled organization whose deletion date has passed, and one job of the hourly deletion
 * queue, as the schedule sends it: waiting for whichever job runner asks first.
 */
export async function queueDueDeletion(databaseUrl: string): Promise<{ slug: string; jobId: string }> {
  const slug = `due-${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  await withAppDatabase(
    (client) =>
      client.query(
        `INSERT INTO "Organization" (id, name, slug, "subscriptionStatus", "cancelledAt", "deletionScheduledAt", "updatedAt")
         VALUES ($1, $2, $2, 'CANCELLED', now() - interval '31 days', now() - interval '1 minute', now())`,
        [randomBytes(12).toString("hex"), slug],
      ),
    databaseUrl,
  );
  // Only to create the schema and send: no schedule, no supervision, no worker.
  const boss = createBoss(databaseUrl, { schedule: false, supervise: false });
  await boss.start();
  // The queue as the app creates it (the app's own createQueue then finds it there).
  await boss.createQueue(ORGANIZATION_DELETIONS_QUEUE, {
    name: ORGANIZATION_DELETIONS_QUEUE,
    policy: "stately",
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 60 * 60,
  });
  const jobId = await boss.send(ORGANIZATION_DELETIONS_QUEUE, {});
  await boss.stop({ graceful: false, wait: true });
  if (!jobId) throw new Error("the deletion job was not queued");
  return { slug, jobId };
}

/** An ORG_ADMIN API key of `org`, made by its ORG_ADMIN; the key to send as Bearer. */
export async function addApiKey(databaseUrl: string, org: OrgWithEveryRole): Promise<string> {
  const secret = newApiKeySecret();
  await withAppDatabase(
    (client) =>
      client.query(
        `INSERT INTO "ApiKey" (id, "organizationId", name, role, "lookupId", "secretHash", "createdById")
         SELECT $1, $2, 'two instances', 'ORG_ADMIN', $3, $4, "userId" FROM "Membership" WHERE id = $5`,
        [randomBytes(12).toString("hex"), org.organizationId, secret.lookupId, secret.secretHash, org.memberships.ORG_ADMIN],
      ),
    databaseUrl,
  );
  return secret.key;
}
