// New outbox rows wake the mail worker of every app process at once, so an idle worker
// needs no polling: a trigger on "EmailOutbox" notifies this channel once per INSERT
// statement (migration 20261126100000_email_outbox_notify), and PostgreSQL delivers the
// notification when the inserting transaction commits (never for a rolled-back one).
// Each worker LISTENs on one dedicated connection (LISTEN belongs to a session, so not
// through the pool), reconnecting with backoff when the connection drops.
import pg from "pg";

export const OUTBOX_CHANNEL = "email_outbox";

const FIRST_RECONNECT_MS = 1_000;
const MAX_RECONNECT_MS = 30_000;
/** TCP keepalive, so a connection that died silently (no reset) is noticed and replaced. */
const KEEPALIVE_DELAY_MS = 10_000;

export type OutboxListener = { close(): Promise<void> };

export type ListenForNewEmailsOptions = {
  connectionString: string;
  /** A transaction that inserted outbox rows committed (or a worker handed rows back). */
  onNotify: () => void;
  /** Listening again after a lost connection: notifications sent meanwhile were missed. */
  onReconnect: () => void;
  log?: (line: string) => void;
  /** Another outbox's channel (the webhook dispatcher listens on "webhook_outbox"); the email outbox's by default. */
  channel?: string;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message.split("\n")[0] : String(error));

export function listenForNewEmails({
  connectionString,
  onNotify,
  onReconnect,
  log = (line) => console.error(`[mail] ${line}`),
  channel = OUTBOX_CHANNEL,
}: ListenForNewEmailsOptions): OutboxListener {
  let client: pg.Client | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let failures = 0;
  let listenedBefore = false;

  function reconnectLater(reason: string): void {
    if (closed || retryTimer) return;
    const delay = Math.min(MAX_RECONNECT_MS, FIRST_RECONNECT_MS * 2 ** failures);
    failures++;
    log(`not listening for new emails (${reason}); trying again in ${delay / 1000} s`);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref?.();
  }

  async function connect(): Promise<void> {
    const current = new pg.Client({ connectionString, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
    client = current;
    // Each connection is dropped once: its error and end events both land here.
    const drop = (reason: string) => {
      if (client !== current) return;
      client = null;
      current.end().catch(() => {});
      reconnectLater(reason);
    };
    current.on("error", (error) => drop(reasonOf(error)));
    current.on("end", () => drop("connection closed"));
    current.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${channel}`);
    } catch (error) {
      drop(reasonOf(error));
      return;
    }
    if (client !== current) return; // closed, or dropped, while connecting
    failures = 0;
    if (listenedBefore) {
      log("listening for new emails again");
      onReconnect();
    }
    listenedBefore = true;
  }

  void connect();
  return {
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
