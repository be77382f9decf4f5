// Load figures for the performance budget: `npm run bench -- --load`. On the production build, drives each
// page with 10 connections for 15 s (autocannon) and prints requests/s, p50, p99, the server's
// CPU time per request and the garbage collector's share of it, the SQL statements of one view,
// the page's weight (and its compressed bytes on the wire) and each app process's memory, beside
// the lightest signed-in page of the same layout (the organization's overview: the layout and
// the one access statement). CPU ms per request is the figure to
// compare between runs on a shared machine: requests/s and latencies follow the machine's load.
// Only the organizations the chosen pages need are seeded.
//   --duration=SECONDS (15)  --connections=N (10)  --only=NAME[,NAME] (pages whose name
//   starts so)  --profile (the server runs with node --cpu-prof; the profile, in .scratch/,
//   is summarized at the end: see bench/cpu-profile.ts)  --workers=N (app processes, 1)
// Each page's statements are counted on a server of their own first (counting costs CPU, and a
// request's count lives in the process that served it); the load then runs against the app as
// `npm start` serves it, statements not counted, with --workers processes behind one port.
// autocannon rather than a hand-written loop: it drives keep-alive connections with its own
// HTTP parser and HDR histograms, so the client takes little of this 2-core machine's CPU.
import autocannon from "autocannon";
import { mkdirSync, readdirSync } from "node:fs";
import { get as httpGet } from "node:http";
import { join } from "node:path";
import { seedLarge } from "../lib/seed/large";
import { summarizeProfile } from "./cpu-profile";
import {
  ensureProductionBuild,
  machineLoad,
  sessionCookie,
  startBenchDatabase,
  startServer,
  type BenchServer,
  type HeapFigures,
} from "./support";
import { benchOptions } from "./options";
import { finish } from "./support/cleanup";
import { seedingProgress } from "./support/progress";

const { duration: DURATION, connections: CONNECTIONS, only: ONLY, profile: PROFILE, workers: WORKERS } = benchOptions;
const log = (line: string) => console.log(line);

type Org = "small" | "mid" | "big";
type Target = { name: string; path: string; org: Org };
type Figures = {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  /** The server process's CPU time (user + system) per request over the run. */
  cpuMs: number;
  /** The garbage collector's pauses as a share of that CPU time. */
  gcShare: number;
  sql: number;
  sqlAfter: number;
  kb: number;
  /** What a browser receives: the page gzip-compressed, as the server sends it to one that accepts it. */
  wireKb: number;
  /** Each app process's resident memory after the run, MB, and its heap. */
  rssMb: number[];
  heap: HeapFigures[];
  status: number;
  errors: number;
};
type View = { status: number; bytes: number; wireBytes: number; sql: number; sqlAfter: number; body: string };

async function oneView(server: BenchServer, target: Target & { cookie: string }): Promise<View> {
  const id = `bench-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${server.baseUrl}${target.path}`, {
    headers: { cookie: target.cookie, "x-roster-request-id": id },
    redirect: "manual",
  });
  const body = await response.text();
  const counted = (await (await fetch(`${server.baseUrl}/api/test/sql-count/${id}`)).json()) as { view: number; after: number };
  return {
    status: response.status,
    bytes: Buffer.byteLength(body),
    wireBytes: await compressedBytes(`${server.baseUrl}${target.path}`, target.cookie),
    sql: counted.view,
    sqlAfter: counted.after,
    body,
  };
}

/** The body's size as sent to a browser that accepts compression (fetch would decompress it). */
function compressedBytes(url: string, cookie: string): Promise<number> {
  return new Promise((done, failed) => {
    const request = httpGet(url, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => done(bytes));
      response.on("error", failed);
    });
    request.on("error", failed);
  });
}

/** Requests the page `times` times, one after the other, reading each body. */
async function warm(server: BenchServer, target: Target & { cookie: string }, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await (await fetch(`${server.baseUrl}${target.path}`, { headers: { cookie: target.cookie } })).text();
}

async function drive(server: BenchServer, target: Target & { cookie: string }, view: View): Promise<Figures> {
  // Warm: compile paths, fill caches, write last active.
  await warm(server, target, 20);
  // Under the same load for a third of the run first, uncounted: the optimizing compiler's
  // work and the heap's growth belong to the first requests, not to a page's cost.
  await autocannon({
    url: `${server.baseUrl}${target.path}`,
    connections: CONNECTIONS,
    duration: Math.max(3, Math.round(DURATION / 3)),
    headers: { cookie: target.cookie },
  });
  const before = await server.usage();
  const result = await autocannon({
    url: `${server.baseUrl}${target.path}`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { cookie: target.cookie },
  });
  const after = await server.usage();
  const cpu = after.cpuMs - before.cpuMs;
  return {
    name: target.name,
    path: target.path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: cpu / Math.max(1, result.requests.total),
    gcShare: cpu > 0 ? (after.gcMs - before.gcMs) / cpu : 0,
    sql: view.sql,
    sqlAfter: view.sqlAfter,
    kb: view.bytes / 1024,
    wireKb: view.wireBytes / 1024,
    rssMb: after.rssMb,
    heap: after.heap,
    status: view.status,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  log(`load figures: ${CONNECTIONS} connections, ${DURATION} s per page; ${machineLoad()} at start`);
  await ensureProductionBuild(log);
  const database = await startBenchDatabase();
  let server: BenchServer | null = null;
  try {
    const s = "/orgs/smallco";
    const m = "/orgs/midco";
    const b = "/orgs/bigco";
    let rareTerm = "";
    const rare = (): string => rareTerm;
    const targets: (Target & { lazyPath?: () => string })[] = [
      { name: "overview 201", path: s, org: "small" as const },
      { name: "contacts 201", path: `${s}/contacts`, org: "small" as const },
      { name: "contacts 100k", path: `${b}/contacts`, org: "big" as const },
      {
        name: "search rare 100k",
        path: "",
        lazyPath: () => `${b}/contacts?q=${encodeURIComponent(rare())}`,
        org: "big" as const,
      },
      { name: "search common 100k", path: `${b}/contacts?q=mar`, org: "big" as const },
      { name: "last page 100k", path: `${b}/contacts?page=4000&last=1`, org: "big" as const },
      { name: "page 2000 typed 100k", path: `${b}/contacts?page=2000`, org: "big" as const },
      { name: "overview 100k", path: b, org: "big" as const },
      ...["settings", "settings/domains", "settings/emails", "users", "workspaces", "billing"].map((page) => ({
        name: page,
        path: `${s}/${page}`,
        org: "small" as const,
      })),
      // The lists at the sizes of bench/contacts-search.ts: 2,000 users in 50 workspaces, 20,000 orders.
      { name: "users 2000", path: `${m}/users`, org: "mid" as const },
      { name: "invoices 20000", path: `${m}/billing/invoices`, org: "mid" as const },
    ].filter((t) => !ONLY || ONLY.some((name) => t.name.startsWith(name)));
    const needs = (org: Org) => targets.some((t) => t.org === org);

    const cookies = new Map<Org, string>();
    if (needs("small")) {
      const small = await seedLarge(database.db, { contacts: 201, users: 40, orders: 60, slug: "smallco", seed: 7 });
      cookies.set("small", await sessionCookie(database.db, small.adminEmail!));
      log(`seeded smallco (201 contacts, 40 users, 60 orders) into ${database.dataDir}`);
    }
    if (needs("mid")) {
      log("seeding midco (201 contacts, 2,000 users in 50 workspaces, 20,000 orders)…");
      const seeding = seedingProgress(log);
      const mid = await seedLarge(database.db, {
        contacts: 201,
        users: 2000,
        orders: 20_000,
        workspaces: 50,
        slug: "midco",
        seed: 11,
        progress: seeding.progress,
        log: seeding.log,
      });
      seeding.stop();
      cookies.set("mid", await sessionCookie(database.db, mid.adminEmail!));
    }
    if (needs("big")) {
      log("seeding bigco (100,000 contacts)…");
      const seeding = seedingProgress(log);
      const big = await seedLarge(database.db, {
        contacts: 100_000,
        users: 2000,
        orders: 5000,
        slug: "bigco",
        seed: 42,
        progress: seeding.progress,
        log: seeding.log,
      });
      seeding.stop();
      const [row] = await database.db.$queryRaw<
        { email: string }[]
      >`SELECT email FROM "Contact" WHERE "organizationId" = ${big.organizationId} ORDER BY email OFFSET 54321 LIMIT 1`;
      // What a person types to find someone: part of the name and a number ("martin.66819").
      rareTerm = row.email.split("-")[0].split(".").slice(1).join(".");
      log(`seeded bigco (100,000 contacts); rare term "${rareTerm}"`);
      cookies.set("big", await sessionCookie(database.db, big.adminEmail!));
    }
    // What autovacuum does after a bulk load: statistics and the visibility map.
    await database.db.$executeRawUnsafe("VACUUM ANALYZE");

    const profileDir = join(process.cwd(), ".scratch", `profile-${Date.now()}`);
    if (PROFILE) mkdirSync(profileDir, { recursive: true });
    const withCookie = (target: (typeof targets)[number]) => ({
      ...target,
      path: target.lazyPath?.() ?? target.path,
      cookie: cookies.get(target.org)!,
    });
    // One view of each page with its statements counted, then the load on the app as npm start serves it.
    server = await startServer(database.url, { countSql: true });
    const views = new Map<string, View>();
    for (const target of targets) {
      await warm(server, withCookie(target), 3); // last active written, caches filled
      views.set(target.name, await oneView(server, withCookie(target)));
    }
    await server.stop();
    server = await startServer(database.url, {
      countSql: false,
      workers: WORKERS,
      nodeArgs: PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    });
    log(`${WORKERS} app process${WORKERS > 1 ? "es" : ""} (--workers)`);

    const figures: Figures[] = [];
    for (const target of targets) {
      const result = await drive(server, withCookie(target), views.get(target.name)!);
      figures.push(result);
      log(
        `  ${result.name.padEnd(22)} ${result.rps.toFixed(0).padStart(5)} req/s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(4)} ms  ${result.cpuMs.toFixed(1).padStart(5)} CPU ms/req  GC ${(100 * result.gcShare).toFixed(1)} %  ${result.sql} SQL  ${result.wireKb.toFixed(1)} KB on the wire  RSS ${result.rssMb.map((mb) => mb.toFixed(0)).join("+")} MB, heap ${result.heap.map((h) => `${h.usedMb.toFixed(0)}/${h.totalMb.toFixed(0)}`).join("+")} MB used/reserved  (${machineLoad()})`,
      );
    }
    const overview = figures.find((f) => f.name === "overview 201") ?? figures[0];
    const contacts = figures.find((f) => f.name === "contacts 201");
    // The issue's targets: the contacts page with one and with every process; the large
    // organization's list within 10 % of it; users and invoices within 15 %; any other page
    // at least 70 % of the overview, the lightest page of the same layout.
    const verdictOf = (f: Figures): string => {
      const share = (reference: Figures, least: number, what: string) =>
        `${f.rps >= least * reference.rps ? "met" : "MISSED"} (≥ ${100 * least} % of ${what})`;
      if (f.name === "contacts 201") {
        const rps = WORKERS > 1 ? 150 : 100;
        return `${f.rps >= rps && f.p50 <= 60 ? "met" : "MISSED"} (≥ ${rps} req/s, p50 ≤ 60 ms)`;
      }
      if (contacts && f.name === "contacts 100k") return share(contacts, 0.9, "contacts 201");
      if (contacts && (f.name === "users 2000" || f.name === "invoices 20000")) return share(contacts, 0.85, "contacts 201");
      return f === overview ? "" : share(overview, 0.7, "overview");
    };
    log(
      `\n${"page".padEnd(22)} ${"req/s".padStart(6)} ${"p50".padStart(6)} ${"p99".padStart(6)} ${"CPU ms".padStart(7)} ${"GC".padStart(6)} ${"SQL".padStart(4)} ${"KB".padStart(6)} ${"wire KB".padStart(8)} ${"vs overview".padStart(11)}  target`,
    );
    for (const f of figures) {
      const errors = f.errors ? `  ${f.errors} errors/non-2xx` : "";
      log(
        `${f.name.padEnd(22)} ${f.rps.toFixed(0).padStart(6)} ${`${f.p50} ms`.padStart(6)} ${`${f.p99} ms`.padStart(6)} ${f.cpuMs.toFixed(1).padStart(7)} ${`${(100 * f.gcShare).toFixed(1)} %`.padStart(6)} ${`${f.sql}${f.sqlAfter ? `+${f.sqlAfter}` : ""}`.padStart(4)} ${f.kb.toFixed(1).padStart(6)} ${f.wireKb.toFixed(1).padStart(8)} ${`${((100 * f.rps) / overview.rps).toFixed(0)} %`.padStart(11)}  ${verdictOf(f)}${errors}`,
      );
    }
    log(`\n${machineLoad()} at end`);
    await server.stop();
    server = null;
    if (PROFILE) for (const file of readdirSync(profileDir)) log(`\n${summarizeProfile(join(profileDir, file))}`);
  } finally {
    await server?.stop();
    await database.stop();
  }
}

finish(main());
