// `npm run bench`'s command line, read once by bench/index.ts and the benchmark it runs.
import { benchArgs, usageExit } from "./support/cli";

export const BENCH_USAGE = `usage: npm run bench [-- OPTIONS]
  (no option)             the contacts, billing and users lists at 10,000 contacts, 20,000 orders and
                          2,000 users (bench/contacts-search.ts); sizes from BENCH_CONTACTS, BENCH_ORDERS,
                          BENCH_WORKSPACES, repetitions from BENCH_RUNS
  --load                  load figures of the organization pages instead (bench/load.ts), with:
    --duration=SECONDS      per page (15)
    --connections=N         concurrent connections (10)
    --only=NAME[,NAME]      only the pages whose name starts so
    --profile               the server runs with --cpu-prof; its summary at the end
    --workers=N             app processes behind the port, as npm start's ROSTER_WORKERS (1)
  --api                   REST API figures instead (bench/api.ts): GET …/contacts?limit=100 at
                          100,000 contacts, with --duration and --connections as above
  --webhooks              webhook delivery instead (bench/webhooks.ts): events/s to a local receiver,
                          lost and duplicated events, with:
    --events=N              events queued then delivered (10000)
  -h, --help              this help
Each run uses a temporary PostgreSQL cluster of its own, removed at the end or on Ctrl-C.`;

const COMMAND = "npm run bench";

const values = benchArgs(
  {
    load: { type: "boolean" },
    api: { type: "boolean" },
    duration: { type: "string" },
    connections: { type: "string" },
    only: { type: "string" },
    profile: { type: "boolean" },
    workers: { type: "string" },
    webhooks: { type: "boolean" },
    events: { type: "string" },
  },
  BENCH_USAGE,
  COMMAND,
);

const positive = (flag: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) usageExit(2, `${COMMAND}: --${flag} must be a positive whole number, not '${value}'\n${BENCH_USAGE}`);
  return n;
};

if ([values.load, values.api, values.webhooks].filter(Boolean).length > 1)
  usageExit(2, `${COMMAND}: --load, --api and --webhooks are different benchmarks: choose one\n${BENCH_USAGE}`);
const loadOnly = (["only", "profile", "workers"] as const).find((flag) => values[flag] !== undefined);
if (loadOnly && !values.load) usageExit(2, `${COMMAND}: --${loadOnly} goes with --load\n${BENCH_USAGE}`);
const driven = (["duration", "connections"] as const).find((flag) => values[flag] !== undefined);
if (driven && !values.load && !values.api) usageExit(2, `${COMMAND}: --${driven} goes with --load or --api\n${BENCH_USAGE}`);
if (values.events !== undefined && !values.webhooks) usageExit(2, `${COMMAND}: --events goes with --webhooks\n${BENCH_USAGE}`);

export const benchOptions = {
  load: values.load ?? false,
  api: values.api ?? false,
  duration: positive("duration", values.duration, 15),
  connections: positive("connections", values.connections, 10),
  only: values.only?.split(",").filter(Boolean),
  profile: values.profile ?? false,
  workers: positive("workers", values.workers, 1),
  webhooks: values.webhooks ?? false,
  events: positive("events", values.events, 10_000),
};
