// PLACEHOLDER until branch p2-notify lands: the real `notify` (lib/notifications/notify.ts
// on p2-notify) chooses the recipients through the one routing table and writes the
// emails to the outbox in the caller's transaction. This stub has the contract's
// signature and writes nothing; merging p2-notify replaces this file with theirs.
import type { Tx } from "@/lib/db/prisma";
import type { NotificationEvent } from "./events";

export async function notify(_tx: Tx, _event: NotificationEvent): Promise<void> {}
