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
import { fork } from "node:child_process";
import { join } from "node:path";

type Report = { received: { id: string; resourceId: string; sequence: number }[]; badSignatures: number };

/** The receiver in another process (bench/support/webhook-receiver-process.ts). */
async function startReceiver(secret: string) {
  const child = fork(join(import.meta.dirname, "support", "webhook-receiver-process.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise<string>((resolve) => {
    child.once("message", (message: { url: string }) => resolve(message.url));
    child.send({ secret });
  });
  return {
    url,
    report: () =>
      new Promise<Report>((resolve) => {
        child.once("message", (message: Report) => resolve(message));
        child.send({ report: true });
      }),
    stop: () => child.disconnect(),
  };
}

const EVENTS = benchOptions.events;
const PER_RECORD = 10;
const TARGET = 500;

async function main() {
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  console.log(`webhooks benchmark: ${EVENTS} events for ${Math.ceil(EVENTS / PER_RECORD)} records; ${machineLoad()}`);
  const bench = await startBenchDatabase();
  const secret = newWebhookSecret();
  const receiver = await startReceiver(secret);
  try {
    const db = bench.db;
    const organization = await db.organization.create({ data: { name: "Bench hooks", slug: "bench-hooks" } });
    const endpointId = "bench-endpoint";
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
    const report = await receiver.report();
    const ids = report.received.map((each) => each.id);
    const unique = new Set(ids);
    const expected = await db.webhookDelivery.findMany({ select: { id: true } });
    const lost = expected.filter((row) => !unique.has(row.id)).length;
    const duplicated = ids.length - unique.size;
    // Each record's events in order: their `sequence` only grows.
    const last = new Map<string, number>();
    let outOfOrder = 0;
    for (const { resourceId, sequence } of report.received) {
      if ((last.get(resourceId) ?? -1) > sequence) outOfOrder++;
      last.set(resourceId, sequence);
    }
    const rate = EVENTS / seconds;
    console.log(`delivered ${result.delivered} in ${seconds.toFixed(2)} s: ${rate.toFixed(0)} events/s (target ≥ ${TARGET}/s)`);
    console.log(
      `lost ${lost}, duplicated ${duplicated}, out of order ${outOfOrder}, bad signatures ${report.badSignatures}, failed attempts ${result.failed}`,
    );
    if (lost || duplicated || outOfOrder || report.badSignatures || rate < TARGET) process.exitCode = 1;
  } finally {
    receiver.stop();
    await bench.stop();
  }
}

await main();
