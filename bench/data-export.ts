// Benchmark: the data export of an organization with 10,000 contacts, 2,000 users and 20,000
// orders (BENCH_CONTACTS, BENCH_USERS, BENCH_ORDERS; 50 workspaces), through the job's own
// runDataExport onto the disk storage. Prints the time, the ZIP's size, the rows per file, and
// the process's resident memory before and at its peak during the export (sampled every 20 ms),
// which stays bounded because every file is written from keyset pages as the ZIP is read.
//   npx tsx bench/data-export.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBenchDatabase, machineLoad } from "./support";
import { seedLarge } from "../lib/seed/large";
import { requestDataExport, runDataExport } from "../lib/data-export/run-export";
import { DiskStorage } from "../lib/storage/disk-storage";
import { benchArgs } from "./support/cli";

// No option but --help: sizes come from the environment, and a mistyped flag stops the run
// before minutes of seeding instead of being ignored.
benchArgs(
  {},
  `usage: npx tsx bench/data-export.ts
  (no option)   the data export at BENCH_CONTACTS contacts (10,000), BENCH_USERS users (2,000),
                BENCH_ORDERS orders (20,000)
  -h, --help    this help`,
  "npx tsx bench/data-export.ts",
);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000);
const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 20_000);
const MB = 1024 * 1024;

async function main() {
  console.log(`data export benchmark: ${CONTACTS} contacts, ${USERS} users, ${ORDERS} orders; ${machineLoad()}`);
  const bench = await startBenchDatabase();
  const folder = mkdtempSync(join(tmpdir(), "roster-export-bench-"));
  try {
    const db = bench.db;
    const seeded = Date.now();
    await seedLarge(db, { contacts: CONTACTS, users: USERS, orders: ORDERS, workspaces: 50, slug: "bigco", seed: 7 });
    console.log(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: "bigco" } });
    const admin = await db.membership.findFirstOrThrow({ where: { organizationId: organization.id, role: "ORG_ADMIN" } });
    global.gc?.();
    const { id } = await requestDataExport(db, organization.id, { userId: admin.userId });
    const before = process.memoryUsage().rss;
    let peak = before;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 20);
    const started = performance.now();
    const outcome = await runDataExport(id, new DiskStorage(folder), db);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const row = await db.dataExport.findUniqueOrThrow({ where: { id } });
    console.log(`export ${outcome}: ${seconds.toFixed(1)} s, ZIP ${((row.bytes ?? 0) / MB).toFixed(1)} MB`);
    console.log(
      `memory: RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB during (+${((peak - before) / MB).toFixed(0)} MB); peak heap ${(peakHeap / MB).toFixed(0)} MB`,
    );
    const counts = await db.$queryRawUnsafe<Record<string, bigint>[]>(
      `SELECT (SELECT count(*) FROM "Contact" WHERE "organizationId" = $1) AS contacts,
              (SELECT count(*) FROM "Membership" WHERE "organizationId" = $1) AS users,
              (SELECT count(*) FROM "Order" WHERE "organizationId" = $1) AS orders,
              (SELECT count(*) FROM "OrderLineItem" WHERE "organizationId" = $1) AS "lineItems",
              (SELECT count(*) FROM "License" WHERE "organizationId" = $1) AS licenses,
              (SELECT count(*) FROM "Invoice" WHERE "organizationId" = $1) AS invoices,
              (SELECT count(*) FROM "AuditEvent" WHERE "organizationId" = $1) AS "auditEvents"`,
      organization.id,
    );
    console.log(
      `rows: ${Object.entries(counts[0])
        .map(([name, count]) => `${name} ${count}`)
        .join(", ")}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
