// REST API figures: `npm run bench -- --api`. Seeds an organization of 100,000 contacts
// (lib/seed/large.ts), starts the production build and drives
// `GET /api/v1/orgs/{slug}/contacts?limit=100` with 10 connections for 15 s (autocannon, as
// bench/load.ts), then prints requests/s, p50, p99 and the SQL statements of one request,
// key lookup included (the budget: at most 4).
//   --duration=SECONDS (15)  --connections=N (10)
// Each key may send 600 requests a minute (lib/rate-limit/rules.ts), far fewer than a run
// sends, so the requests take turns among keys of the same organization and role: each
// still costs what one client's request costs (the key lookup, its request count, the page).
import autocannon from "autocannon";
import { newApiKeySecret } from "../lib/api-keys/secret";
import { API_KEY_REQUESTS_PER_MINUTE } from "../lib/rate-limit/rules";
import { seedLarge } from "../lib/seed/large";
import { ensureProductionBuild, machineLoad, startBenchDatabase, startServer, type BenchDatabase, type BenchServer } from "./support";
import { benchOptions } from "./options";
import { finish } from "./support/cleanup";
import { seedingProgress } from "./support/progress";

const { duration: DURATION, connections: CONNECTIONS } = benchOptions;
const CONTACTS = 100_000;
const STATEMENT_BUDGET = 4;
const log = (line: string) => console.log(line);

/** Enough ORG_ADMIN keys that none reaches its limit: room for 2,000 requests/s over the run. */
async function createKeys(database: BenchDatabase, organizationId: string, adminEmail: string): Promise<string[]> {
  const admin = await database.db.user.findUniqueOrThrow({ where: { email: adminEmail }, select: { id: true } });
  const needed = Math.ceil((2000 * Math.max(DURATION, 60)) / API_KEY_REQUESTS_PER_MINUTE);
  const secrets = Array.from({ length: needed }, () => newApiKeySecret());
  await database.db.apiKey.createMany({
    data: secrets.map((secret, i) => ({
      organizationId,
      name: `Bench ${i + 1}`,
      role: "ORG_ADMIN" as const,
      lookupId: secret.lookupId,
      secretHash: secret.secretHash,
      createdById: admin.id,
    })),
  });
  return secrets.map((secret) => secret.key);
}

/** One request with its statements counted by the server (lib/db/sql-count.ts). */
async function oneRequest(server: BenchServer, path: string, key: string): Promise<{ status: number; sql: number; rows: number }> {
  const id = `bench-api-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}`, "x-roster-request-id": id } });
  const body = (await response.json()) as { data?: unknown[] };
  const counted = (await (await fetch(`${server.baseUrl}/api/test/sql-count/${id}`)).json()) as { view: number; after: number };
  return { status: response.status, sql: counted.view + counted.after, rows: body.data?.length ?? 0 };
}

async function main() {
  log(`REST API figures: ${CONNECTIONS} connections, ${DURATION} s; ${machineLoad()} at start`);
  await ensureProductionBuild(log);
  const database = await startBenchDatabase();
  let server: BenchServer | null = null;
  try {
    log(`seeding bigco (${CONTACTS.toLocaleString("en")} contacts) into ${database.dataDir}…`);
    const seeding = seedingProgress(log);
    const big = await seedLarge(database.db, {
      contacts: CONTACTS,
      users: 200,
      orders: 5000,
      slug: "bigco",
      seed: 42,
      progress: seeding.progress,
      log: seeding.log,
    });
    seeding.stop();
    // What autovacuum does after a bulk load: statistics and the visibility map.
    await database.db.$executeRawUnsafe("VACUUM ANALYZE");
    const keys = await createKeys(database, big.organizationId, big.adminEmail!);
    server = await startServer(database.url);

    const path = `/api/v1/orgs/${big.slug}/contacts?limit=100`;
    // Warm: compile paths, fill the pool; then one request counted.
    for (let i = 0; i < 20; i++) await oneRequest(server, path, keys[i % keys.length]);
    const view = await oneRequest(server, path, keys[0]);
    let turn = 0;
    const result = await autocannon({
      url: `${server.baseUrl}${path}`,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            headers: { ...request.headers, authorization: `Bearer ${keys[turn++ % keys.length]}` },
          }),
        },
      ],
    });
    const errors = result.errors + result.non2xx;
    log(
      `\nGET ${path.replace(big.slug, "{slug}")} at ${CONTACTS.toLocaleString("en")} contacts, ${CONNECTIONS} connections, ${DURATION} s`,
    );
    log(`  ${result.requests.average.toFixed(0)} requests/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms`);
    log(
      `  ${view.sql} SQL statements per request, key lookup included (budget ≤ ${STATEMENT_BUDGET}); ${view.rows} rows, status ${view.status}`,
    );
    if (errors) log(`  ${errors} errors or non-2xx answers`);
    log(`${machineLoad()} at end`);
    if (view.sql > STATEMENT_BUDGET || view.status !== 200 || errors) process.exitCode = 1;
    await server.stop();
    server = null;
  } finally {
    await server?.stop();
    await database.stop();
  }
}

finish(main());
