// The webhooks bench's receiver, in a process of its own (so its signature checks do not share
// the dispatcher's event loop): tests/support/webhook-receiver.ts, which verifies every request
// with the Standard Webhooks reference library. Told the secret, it answers its port; asked,
// it reports what it received (webhook-id, record, sequence) and its bad signatures.
import { startWebhookReceiver } from "../../tests/support/webhook-receiver";

const receiver = await startWebhookReceiver();
process.on("message", (message: { secret?: string; report?: boolean }) => {
  if (message.secret) {
    receiver.setSecret(message.secret);
    process.send!({ url: receiver.url });
  }
  if (message.report)
    process.send!({
      received: receiver.received.map((each) => ({
        id: each.id,
        resourceId: each.resourceId,
        sequence: (each.body.data as { sequence: number }).sequence,
      })),
      badSignatures: receiver.badSignatures,
    });
});
process.on("disconnect", () => void receiver.close().then(() => process.exit(0)));
