// The one module that reads the environment. Every setting is validated with zod; an empty
// value counts as unset (`.env` templates and `FOO= npm start` leave variables empty to mean
// "use the default"), so `SIGN_IN_EMAILS_PER_15_MIN=` gives the default, never 0.
// Parsed on each call (a few microseconds): tests and scripts may change the environment.
import { resolve } from "node:path";
import { z } from "zod";

const unsetWhenEmpty = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value;
const text = () => z.preprocess(unsetWhenEmpty, z.string().optional());
const url = () => z.preprocess(unsetWhenEmpty, z.url().optional());
const int = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(min).max(max).default(fallback));
const onOff = (fallback: "on" | "off") =>
  z.preprocess(
    (v) => {
      const value = unsetWhenEmpty(v);
      if (value === "1" || value === "true") return "on";
      if (value === "0" || value === "false") return "off";
      return value;
    },
    z.enum(["on", "off"]).default(fallback),
  );

const schema = z.object({
  NODE_ENV: z.preprocess(unsetWhenEmpty, z.enum(["development", "production", "test"]).default("development")),
  NEXT_DIST_DIR: z.preprocess(unsetWhenEmpty, z.string().default(".next")),

  DATABASE_URL: text(),
  DATABASE_POOL_SIZE: int(10, 1, 500),

  SMTP_URL: text(),
  MAIL_FROM: z.preprocess(unsetWhenEmpty, z.string().default("Roster <no-reply@roster.localhost>")),
  /** "off": this process does not deliver mail (another one does). */
  MAIL_WORKER: onOff("on"),
  /** "off": this process runs no scheduled jobs (pg-boss; another instance does). */
  JOB_WORKER: onOff("on"),
  /** Days between two reminders of one overdue invoice. */
  OVERDUE_REMINDER_DAYS: int(7, 1, 365),
  /** Set by `npm start` when it captures mail (shown at /dev/mailbox). */
  MAIL_CAPTURE_DIR: text(),
  /** Set by `npm start` only: "on" when /dev/mailbox may answer (mail captured and the app listens on loopback only). */
  ROSTER_MAILBOX: onOff("off"),

  AUTH_SECRET: text(),
  AUTH_URL: url(),
  APP_URL: url(),
  /** Sign-in emails per address per 15 minutes; at least 1 (0 would silently refuse every sign-in). */
  SIGN_IN_EMAILS_PER_15_MIN: int(5, 1),
  /** How long an emailed sign-in link works. */
  SIGN_IN_LINK_MINUTES: int(60, 1, 24 * 60),
  /** "1": a reverse proxy we run sets X-Forwarded-For truthfully, so client IPs can be read from it. */
  TRUST_PROXY: onOff("off"),
  /** Sign-in link requests per client IP per hour; applies only with TRUST_PROXY (see lib/rate-limit/client-ip.ts). */
  SIGN_IN_REQUESTS_PER_IP_PER_HOUR: int(30, 1),
  /** Contact invitations one organization may create per day. */
  INVITATIONS_PER_ORG_PER_DAY: int(200, 1),
  /** Invitation emails (send and resend) one organization may send per day. */
  INVITATION_EMAILS_PER_ORG_PER_DAY: int(100, 1),
  /** Invitation emails to one address per day, whichever organization sends them. */
  INVITATION_EMAILS_PER_ADDRESS_PER_DAY: int(5, 1),
  /** Hourly budget of sign-in links to people the app knows and invitations from established organizations (lib/rate-limit/rules.ts). */
  EMAILS_PER_HOUR: int(1000, 1),
  /** Hourly budget of sign-in links to other addresses and invitations from new organizations: using it up refuses nobody the app knows. */
  NEWCOMER_EMAILS_PER_HOUR: int(500, 1),
  /** Organizations one account may create per day. */
  ORGANIZATIONS_PER_USER_PER_DAY: int(3, 1),

  /** "json": one JSON object per log line (pino), for a log collector; "text" (default): readable lines. */
  LOG_FORMAT: z.preprocess(unsetWhenEmpty, z.enum(["text", "json"]).default("text")),
  /** Lowest level logged: "info" (default) logs one line per request; "warn" only problems. */
  LOG_LEVEL: z.preprocess(unsetWhenEmpty, z.enum(["debug", "info", "warn", "error", "silent"]).default("info")),

  PORT: int(3000, 1, 65535),
  /**
   * App processes `npm start` serves with behind its one port (Node's cluster module; default:
   * the machine's cores, 1 when ROSTER_SQL_COUNT=on). 1 is one process, as `next start` alone.
   */
  ROSTER_WORKERS: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(256).optional()),
  /** Set by `npm start` in each of several app processes (1, 2, …): named in their log lines. */
  ROSTER_WORKER_INDEX: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).optional()),
  ROSTER_DATA_DIR: text(),
  /** Where data exports are kept: "disk" (under the data folder, exports/); see lib/storage for another store. */
  EXPORT_STORAGE: z.preprocess(unsetWhenEmpty, z.enum(["disk"]).default("disk")),
  ROSTER_HOST: text(),
  SEED_DEMO: onOff("on"),
  /** Tests: TXT records of customer domains come from this JSON file instead of DNS. */
  ROSTER_FAKE_DNS_FILE: text(),
  /**
   * Tests and benchmarks only: count the SQL statements of each request that carries an
   * `x-roster-request-id` header, readable at /api/test/sql-count/<id> (lib/db/sql-count.ts).
   * Off, that route answers 404 and nothing is counted.
   */
  ROSTER_SQL_COUNT: onOff("off"),
  /**
   * Webhooks to private, loopback and link-local addresses (and http to localhost): "refuse"
   * (the default in production, against SSRF) or "allow" (the default elsewhere; the e2e tests
   * and the webhooks bench set it for their local receiver). lib/webhooks/address-policy.ts.
   */
  WEBHOOKS_PRIVATE_NETWORKS: z.preprocess(unsetWhenEmpty, z.enum(["allow", "refuse"]).optional()),
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

const KEYS = Object.keys(schema.shape);
let parsedFor: { key: string; config: Config } | null = null;

/** The validated settings; throws a ConfigError naming each bad variable. */
export function config(): Config {
  // Validated once per set of values: the mail worker asks for every email it sends (the
  // zod parse was about 3 % of its time), and tests change process.env between calls.
  const key = KEYS.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (parsedFor?.key === key) return parsedFor.config;
  const parsed = schema.safeParse(process.env);
  if (parsed.success) {
    parsedFor = { key, config: parsed.data };
    return parsed.data;
  }
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join(".")}=${JSON.stringify(process.env[String(issue.path[0])] ?? "")}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

/** The data folder (`npm start`'s .data unless ROSTER_DATA_DIR says otherwise). */
export function dataDir(): string {
  return resolve(config().ROSTER_DATA_DIR ?? ".data");
}

/** The public URL of the app, for links in emails sent outside a request. */
export function appUrl(path = "/"): string {
  const { APP_URL, AUTH_URL } = config();
  const base = (APP_URL ?? AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
