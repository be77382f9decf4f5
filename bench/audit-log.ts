// Benchmark: the audit log at 1,000,000 events in one organization (BENCH_AUDIT_EVENTS).
// Seeds the events with one INSERT … SELECT generate_series (30 people and the system, 40
// kinds of action, 15 kinds of record, a year of dates), then for each view of the page
// (first page, the pager's next pages, each filter) prints the SQL statements of a view (the
// access statement the page shares with its layout, then the list's) and the median time of
// the view's data (BENCH_RUNS runs), and the time and rate of the CSV export of a filter.
//   npx tsx bench/audit-log.ts
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import type { Db } from "../lib/db/prisma";
import { startBenchDatabase, machineLoad } from "./support";
import { loadOrgAccess } from "../lib/auth/access";
import { listAuditEvents, iterateAuditEvents } from "../lib/audit/list-audit-events";
import { auditLogQuerySchema } from "../lib/audit/audit-log-query";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "../lib/audit/kinds";
import { auditCsvLine } from "../lib/audit/export-audit-log";
import { translator } from "../lib/i18n";
import { benchArgs } from "./support/cli";

// No option but --help: sizes come from the environment, and a mistyped flag stops the run
// before minutes of seeding instead of being ignored.
benchArgs(
  {},
  `usage: npx tsx bench/audit-log.ts
  (no option)   the audit log at BENCH_AUDIT_EVENTS events (1,000,000), BENCH_RUNS runs per view (21)
  -h, --help    this help`,
  "npx tsx bench/audit-log.ts",
);
const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const PEOPLE = 30;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  console.log(`audit log benchmark: ${EVENTS.toLocaleString("en")} events in one organization; ${machineLoad()}`);
  const bench = await startBenchDatabase();
  try {
    const db = bench.db;
    const organization = await db.organization.create({ data: { name: "Audit Co", slug: "auditco" } });
    const people: { id: string }[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const user = await db.user.create({ data: { email: `person${i}@auditco.test`, name: `Person ${i}` } });
      await db.membership.create({
        data: { organizationId: organization.id, userId: user.id, role: i ? "MEMBER" : "ORG_ADMIN", status: "ACTIVE" },
      });
      people.push(user);
    }
    // Another organization's events, so that the indexes hold more than this one.
    const other = await db.organization.create({ data: { name: "Other Co", slug: "otherco" } });
    const seeded = Date.now();
    const insert = (organizationId: string, count: number) =>
      db.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (id, "organizationId", "actorUserId", action, "targetType", "targetId", metadata, ip, "userAgent", "createdAt")
       SELECT 'ev' || lpad(g::text, 9, '0') || substr(md5($1), 1, 6), $1,
         CASE WHEN g % 31 = 0 THEN NULL ELSE ($2::text[])[1 + g % ${PEOPLE}] END,
         ($3::text[])[1 + g % ${AUDIT_ACTIONS.length}],
         ($4::text[])[1 + (g / 7) % ${AUDIT_TARGET_TYPES.length}],
         'target' || (g % 5000),
         jsonb_build_object('name', jsonb_build_object('from', 'Old ' || g, 'to', 'New ' || g)),
         '203.0.113.' || (g % 250), 'Mozilla/5.0 (bench)',
         timestamp '2026-12-01' - (g * interval '31 seconds')
       FROM generate_series(1, $5::int) g`,
        organizationId,
        people.map((p) => p.id),
        [...AUDIT_ACTIONS],
        [...AUDIT_TARGET_TYPES],
        count,
      );
    await insert(organization.id, EVENTS);
    await insert(other.id, Math.round(EVENTS / 10));
    await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
    console.log(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: bench.url, max: 4 }),
      log: [{ emit: "event", level: "query" }],
    });
    const statements: string[] = [];
    let databaseMs = 0;
    client.$on("query", (event) => {
      statements.push(event.query);
      databaseMs += Number(event.duration);
    });
    const counting = client as unknown as Db;
    const admin = people[0];

    const view = async (query: Record<string, string>) => {
      const access = (await loadOrgAccess(counting, admin.id, "auditco"))!;
      return listAuditEvents(access, auditLogQuerySchema.parse(query), counting);
    };
    // Filters that match real rows: one person's action as seeded in March, and the action of
    // the last day's newest event (the seed's arithmetic decides which pairs exist, so they are
    // read back rather than guessed).
    const [personAction] = await db.$queryRawUnsafe<{ email: string; action: string; month: string; last: string }[]>(
      `SELECT u.email, e.action, to_char(e."createdAt", 'YYYY-MM-01') AS month,
         to_char((date_trunc('month', e."createdAt") + interval '1 month' - interval '1 day'), 'YYYY-MM-DD') AS last
       FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorUserId"
       WHERE e."organizationId" = $1 AND e."actorUserId" = $2 AND e."createdAt" >= '2026-03-15' ORDER BY e."createdAt" LIMIT 1`,
      organization.id,
      people[3].id,
    );
    const [dayAction] = await db.$queryRawUnsafe<{ action: string; day: string }[]>(
      `SELECT action, to_char("createdAt", 'YYYY-MM-DD') AS day FROM "AuditEvent"
       WHERE "organizationId" = $1 AND "createdAt" < '2026-12-01' ORDER BY "createdAt" DESC LIMIT 1`,
      organization.id,
    );
    const first = await view({});
    const second = await view({ page: "2", after: first.nav.next!.after! });
    const views: [string, Record<string, string>][] = [
      ["first page", {}],
      ["page 2 (pager's link)", { page: "2", after: first.nav.next!.after! }],
      ["page 3 (pager's link)", { page: "3", after: second.nav.next!.after! }],
      ["page 1 back (pager's link)", { page: "1", before: second.rows[0].id }],
      ["page 40 typed", { page: "40" }],
      ["filter: action", { action: "contact.updated" }],
      ["filter: person", { person: "person7@auditco.test" }],
      ["filter: the system", { person: "system" }],
      ["filter: record kind", { target: "Contact" }],
      ["filter: one record", { target: "Contact", targetId: "target42" }],
      ["filter: a week", { from: "2026-06-01", to: "2026-06-07" }],
      [
        "filter: person + action + month",
        { person: personAction.email, action: personAction.action, from: personAction.month, to: personAction.last },
      ],
      ["filter: one action, one day", { action: dayAction.action, from: dayAction.day, to: dayAction.day }],
    ];
    console.log(
      `filters read from the data: ${personAction.email} + ${personAction.action} in ${personAction.month.slice(0, 7)}; ${dayAction.action} on ${dayAction.day}`,
    );
    console.log("\nview                                   statements  median ms  (in SQL)  rows  total");
    for (const [name, query] of views) {
      const times: number[] = [];
      const dbTimes: number[] = [];
      let page = await view(query);
      for (let run = 0; run < RUNS; run++) {
        statements.length = 0;
        databaseMs = 0;
        const started = performance.now();
        page = await view(query);
        times.push(performance.now() - started);
        dbTimes.push(databaseMs);
      }
      const total = `${page.total.kind === "exact" ? "" : page.total.kind === "atLeast" ? ">" : "~"}${page.total.count}`;
      console.log(
        `${name.padEnd(40)} ${String(statements.length).padStart(9)}  ${median(times).toFixed(1).padStart(9)}  ${median(dbTimes).toFixed(1).padStart(8)}  ${String(page.rows.length).padStart(4)}  ${total}`,
      );
      // A filter that matches nothing measures an empty scan, not the page.
      if (page.rows.length === 0) console.log(`  ! ${name} matched no event: fix the bench's filter`);
    }
    console.log("(statements: the access statement, which the page shares with its layout, and the list's; the page itself adds none)");

    const t = translator("en");
    for (const [name, filter] of [
      ["CSV export: one action", { action: "contact.updated" }],
      ["CSV export: everything", {}],
    ] as const) {
      const started = performance.now();
      let rows = 0;
      let bytes = 0;
      for await (const batch of iterateAuditEvents(organization.id, filter, 1000, counting)) {
        rows += batch.length;
        bytes += batch.map((row) => auditCsvLine(row, t)).join("").length;
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${name}: ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en")} rows/s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      );
    }
    await client.$disconnect();
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
