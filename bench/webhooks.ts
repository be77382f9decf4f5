// Benchmark: 10,000 webhook events (--events) for 1,000 records (10 each, so the in-order rule
// per record is in play) written to the outbox with emitWebhookEvents, then delivered by the
// app's dispatcher (lib/webhooks/dispatch.ts, as its pg-boss job runs it) to a local receiver
// that verifies every signature with the Standard Webhooks reference library and counts the
// webhook-ids. Prints events/s (target ≥ 500/s), lost and duplicated events, and whether each
// record's events arrived in order.
//   npm run bench -- --webhooks [--events=N]
import { randomBytes } from "node:crypto";
import { startBenchDatabase, machineLoad } from "./support";
import { benchOptions } from "./options";
import { emitWebhookEvents, type WebhookEvent } from "../lib/webhooks/emit";
import { dispatchWebhooks } from "../lib/webhooks/dispatch";
import { newWebhookSecret, sealWebhookSecret } from "../lib/webhooks/secret";
import { startWebhookReceiver } from "../tests/support/webhook-receiver";

const EVENTS = benchOptions.events;
const PER_RECORD = 10;
const TARGET = 500;

async function main() {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  console.log(`webhooks benchmark: ${EVENTS} events for ${Math.ceil(EVENTS / PER_RECORD)} records; ${machineLoad()}`);
  const bench = await startBenchDatabase();
  const receiver = await startWebhookReceiver();
  try {
    const db = bench.db;
    const organization = await db.organization.create({ data: { name: "Bench hooks", slug: "bench-hooks" } });
    const endpointId = "bench-endpoint";
    const secret = newWebhookSecret();
    receiver.setSecret(secret);
    await db.webhookEndpoint.create({
      data: {
        id: endpointId,
        organizationId: organization.id,
        url: receiver.url,
        events: ["contact.updated"],
        secretSealed: sealWebhookSecret(secret, endpointId),
      },
    });

    let started = performance.now();
    const events: WebhookEvent[] = Array.from({ length: EVENTS }, (_, i) => ({
      organizationId: organization.id,
      type: "contact.updated",
      resource: { type: "contact", id: `c${i % Math.ceil(EVENTS / PER_RECORD)}` },
      data: { sequence: i },
    }));
    for (let at = 0; at < events.length; at += 1_000) {
      const slice = events.slice(at, at + 1_000);
      await db.$transaction((tx) => emitWebhookEvents(tx, slice));
    }
    console.log(`queued ${EVENTS} events in ${((performance.now() - started) / 1000).toFixed(2)} s`);

    started = performance.now();
    const result = await dispatchWebhooks(db, { sendOptions: { policy: { allowPrivate: true } }, maxMs: 10 * 60_000 });
    const seconds = (performance.now() - started) / 1000;
    const ids = receiver.received.map((each) => each.id);
    const unique = new Set(ids);
    const expected = await db.webhookDelivery.findMany({ select: { id: true } });
    const lost = expected.filter((row) => !unique.has(row.id)).length;
    const duplicated = ids.length - unique.size;
    // Each record's events in order: their `sequence` only grows.
    const last = new Map<string, number>();
    let outOfOrder = 0;
    for (const each of receiver.received) {
      const sequence = (each.body.data as { sequence: number }).sequence;
      if ((last.get(each.resourceId) ?? -1) > sequence) outOfOrder++;
      last.set(each.resourceId, sequence);
    }
    const rate = EVENTS / seconds;
    console.log(`delivered ${result.delivered} in ${seconds.toFixed(2)} s: ${rate.toFixed(0)} events/s (target ≥ ${TARGET}/s)`);
    console.log(
      `lost ${lost}, duplicated ${duplicated}, out of order ${outOfOrder}, bad signatures ${receiver.badSignatures}, failed attempts ${result.failed}`,
    );
    if (lost || duplicated || outOfOrder || receiver.badSignatures || rate < TARGET) process.exitCode = 1;
  } finally {
    await receiver.close();
    await bench.stop();
  }
}

await main();
