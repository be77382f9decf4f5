// Webhooks end to end against a real receiver: events written with the change (and not when it
// rolls back), signed by the Standard Webhooks scheme (verified with the reference library),
// each delivered once and in order per resource through a receiver outage, retried with
// backoff, given up after 3 days, and an endpoint failing for 3 days disabled with its org
// admins emailed. The clock of the dispatcher is set by the test (its `now` option).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-secret";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-delivery";
import { dispatchWebhooks, retryDelayMs } from "@/lib/webhooks/dispatch";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { addContact } from "@/lib/contacts/add-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { enableContact } from "@/lib/contacts/enable-contact";
import { inviteUser } from "@/lib/users/invite-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { removeUser } from "@/lib/users/remove-user";
import { actorOf, createOrgWithRoles, uid } from "../support/factories";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let receiver: WebhookReceiver;
let endpointId: string;
const slug = () => org.organization.slug;
const admin = () => actorOf(org.users.ORG_ADMIN);
const local = { sendOptions: { policy: { allowPrivate: true } } };

function ok<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}

beforeAll(async () => {
  org = await createOrgWithRoles("Hooks");
  await db.verifiedDomain.create({
    data: { organizationId: org.organization.id, domain: "company.test", token: "t", status: "VERIFIED", verifiedAt: new Date() },
  });
  receiver = await startWebhookReceiver();
  const created = ok(await createWebhookEndpoint.call(admin(), slug(), { url: receiver.url, events: [...WEBHOOK_EVENT_TYPES] }));
  endpointId = created.id;
  receiver.setSecret(created.secret);
});

afterAll(async () => {
  await receiver.close();
});

const deliveries = () => db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { seq: "asc" } });

describe("webhook delivery", () => {
  it("keeps the secret only sealed, and shows it once", async () => {
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint.secretSealed).toMatch(/^v1\./);
    expect(JSON.stringify(endpoint)).not.toContain("whsec_");
  });

  it("writes the events with the change, and sends each once, signed, in order per resource through an outage", async () => {
    receiver.down = true;
    const email = `alice-${uid()}@company.test`;
    const contact = ok(await addContact.call(admin(), slug(), { name: "Alice", email, language: "en", roles: ["NEW_QUOTES"] }));
    ok(await updateContact.call(admin(), slug(), { contactId: contact.id, name: "Alice B", language: "fr", roles: ["NEW_QUOTES"] }));
    ok(await disableContact.call(admin(), slug(), { contactId: contact.id }));
    ok(await enableContact.call(admin(), slug(), { contactId: contact.id, roles: ["NEW_QUOTES"] }));
    const invited = ok(await inviteUser.call(admin(), slug(), { email: `bob-${uid()}@example.test`, role: "MEMBER", language: "en" }));
    ok(await changeUserRole.call(admin(), slug(), { membershipId: invited.membershipId, role: "USER_ADMIN" }));
    ok(await removeUser.call(admin(), slug(), { membershipId: invited.membershipId }));
    // A refused change writes no event.
    expect((await addContact.call(admin(), slug(), { name: "Eve", email: "eve@elsewhere.test", language: "en", roles: [] })).ok).toBe(
      false,
    );

    const written = await deliveries();
    expect(written.map((row) => row.eventType)).toEqual([
      "contact.added",
      "contact.updated",
      "contact.disabled",
      "contact.enabled",
      "user.invited",
      "user.role_changed",
      "user.removed",
    ]);

    // The outage: only the first event of each resource is tried; the later ones wait behind it.
    let now = new Date();
    const first = await dispatchWebhooks(db, { ...local, now: () => now });
    expect(first).toMatchObject({ attempted: 2, delivered: 0, failed: 2 });
    expect(receiver.refused).toBe(2);
    const waiting = await deliveries();
    expect(waiting.filter((row) => row.attempts === 1).map((row) => row.eventType)).toEqual(["contact.added", "user.invited"]);
    const retry = waiting.find((row) => row.attempts === 1)!;
    expect(retry.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);
    expect(retry.responseStatus).toBe(503);
    expect(retry.responseExcerpt).toBe("down for maintenance");

    // Not yet due: nothing is tried.
    expect((await dispatchWebhooks(db, { ...local, now: () => now })).attempted).toBe(0);

    // Two more failures, each later (exponential backoff).
    now = new Date(now.getTime() + retryDelayMs(1));
    expect((await dispatchWebhooks(db, { ...local, now: () => now })).failed).toBe(2);
    const second = (await deliveries()).find((row) => row.attempts === 2)!;
    expect(second.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(retryDelayMs(2) - 1000);
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    // The receiver is back: everything arrives, each event once, in order per resource.
    receiver.down = false;
    now = new Date(now.getTime() + retryDelayMs(2));
    const after = await dispatchWebhooks(db, { ...local, now: () => now });
    expect(after).toMatchObject({ delivered: 7, failed: 0 });
    expect(receiver.badSignatures).toBe(0);
    const ids = receiver.received.map((each) => each.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(written.map((row) => row.id).sort());
    const ofContact = receiver.received.filter((each) => each.resourceId === contact.id).map((each) => each.type);
    expect(ofContact).toEqual(["contact.added", "contact.updated", "contact.disabled", "contact.enabled"]);
    const ofUser = receiver.received.filter((each) => each.resourceId === invited.membershipId).map((each) => each.type);
    expect(ofUser).toEqual(["user.invited", "user.role_changed", "user.removed"]);
    expect((await deliveries()).every((row) => row.status === "DELIVERED" && row.responseStatus === 200)).toBe(true);
    // A delivered endpoint is no longer failing.
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failingSince).toBeNull();
    // Nothing is sent twice.
    expect((await dispatchWebhooks(db, { ...local, now: () => now })).attempted).toBe(0);
  });

  it("Resend sends the same event (same webhook-id) again, and a rotated secret signs from then on", async () => {
    const [delivered] = await deliveries();
    const rotated = ok(await rotateWebhookSecret.call(admin(), slug(), { endpointId }));
    receiver.setSecret(rotated.secret);
    ok(await resendWebhookDelivery.call(admin(), slug(), { endpointId, deliveryId: delivered.id }));
    const before = receiver.received.length;
    expect((await dispatchWebhooks(db, local)).delivered).toBe(1);
    expect(receiver.received.slice(before).map((each) => each.id)).toEqual([delivered.id]);
    expect(receiver.badSignatures).toBe(0);
  });

  it("gives a delivery up after 3 days, and disables an endpoint failing for 3 days, emailing its org admins", async () => {
    receiver.down = true;
    ok(await addContact.call(admin(), slug(), { name: "Carol", email: `carol-${uid()}@company.test`, language: "en", roles: [] }));
    const start = new Date();
    expect((await dispatchWebhooks(db, { ...local, now: () => start })).failed).toBe(1);
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint.failingSince).not.toBeNull();
    expect(endpoint.disabledAt).toBeNull();

    // 3 days and a minute later, still down: the delivery is given up and the endpoint disabled.
    const later = new Date(start.getTime() + 3 * 24 * 60 * 60 * 1000 + 60_000);
    const result = await dispatchWebhooks(db, { ...local, now: () => later });
    expect(result).toMatchObject({ failed: 1, gaveUp: 1, disabledEndpoints: 1 });
    const [given] = await db.webhookDelivery.findMany({
      where: { endpointId, eventType: "contact.added" },
      orderBy: { seq: "desc" },
      take: 1,
    });
    expect(given.status).toBe("FAILED");
    const disabled = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(disabled).toMatchObject({ disabledReason: "failing" });
    expect(disabled.disabledAt).not.toBeNull();
    const audits = await db.auditEvent.findMany({ where: { organizationId: org.organization.id, action: "webhook_endpoint.disabled" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorUserId).toBeNull();
    const emails = await db.emailOutbox.findMany({ where: { organizationId: org.organization.id, template: "webhook-endpoint-disabled" } });
    expect(emails.map((each) => each.toEmail)).toEqual([org.users.ORG_ADMIN.email]);

    // A disabled endpoint gets no new events.
    ok(await addContact.call(admin(), slug(), { name: "Dan", email: `dan-${uid()}@company.test`, language: "en", roles: [] }));
    expect(await db.webhookDelivery.count({ where: { endpointId, status: "PENDING" } })).toBe(0);
  });
});
