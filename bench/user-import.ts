// Benchmark: a users file of 5,000 rows (4,000 new people, 900 changes of existing users,
// 100 errors; BENCH_IMPORT_ADDS, BENCH_IMPORT_UPDATES, BENCH_IMPORT_ERRORS) against an
// organization of 2,000 users and 50 workspaces (BENCH_USERS), through the jobs' own steps:
// the preview (read, plan, write the rows) then the apply (plan again, one transaction,
// invitations and their outbox emails, audit events). Prints each step's time against its
// budget (preview ≤ 3 s, apply ≤ 10 s), what was written, and the process's resident memory
// before and at its peak (sampled every 20 ms).
//   npx tsx bench/user-import.ts
import { randomBytes } from "node:crypto";
import { startBenchDatabase, machineLoad } from "./support";
import { seedLarge } from "../lib/seed/large";
import { runImportPreview } from "../lib/users/import/run-import-preview";
import { runImportApply } from "../lib/users/import/run-import-apply";
import { csvLine } from "../lib/csv";

const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const ADDS = Number(process.env.BENCH_IMPORT_ADDS ?? 4_000);
const UPDATES = Number(process.env.BENCH_IMPORT_UPDATES ?? 900);
const ERRORS = Number(process.env.BENCH_IMPORT_ERRORS ?? 100);
const MB = 1024 * 1024;

async function main() {
  // Invitation links are sealed in the outbox with the app secret; the bench runs outside the app.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
  console.log(`users import benchmark: ${ADDS} adds, ${UPDATES} updates, ${ERRORS} errors against ${USERS} users; ${machineLoad()}`);
  const bench = await startBenchDatabase();
  try {
    const db = bench.db;
    const seeded = Date.now();
    await seedLarge(db, { contacts: 100, users: USERS, orders: 0, workspaces: 50, slug: "bigco", seed: 7 });
    console.log(`seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
    const organization = await db.organization.findUniqueOrThrow({ where: { slug: "bigco" } });
    const admin = await db.membership.findFirstOrThrow({
      where: { organizationId: organization.id, role: "ORG_ADMIN", status: "ACTIVE" },
      select: { userId: true },
    });
    const members = await db.membership.findMany({
      where: { organizationId: organization.id, role: "MEMBER", status: "ACTIVE" },
      select: { user: { select: { email: true } } },
      take: UPDATES,
      orderBy: { id: "asc" },
    });
    const workspaces = (await db.workspace.findMany({ where: { organizationId: organization.id }, select: { name: true } })).map(
      (w) => w.name,
    );
    const pick = (i: number, n: number) => Array.from({ length: n }, (_, k) => workspaces[(i * 7 + k * 13) % workspaces.length]);
    let csv = csvLine(["email", "name", "role", "workspaces", "language"]);
    for (let i = 0; i < ADDS; i++)
      csv += csvLine([
        `new${i}@newcomers.test`,
        `New Person ${i}`,
        i % 50 ? "MEMBER" : "USER_ADMIN",
        pick(i, 2).join("|"),
        i % 2 ? "fr" : "en",
      ]);
    for (const [i, member] of members.entries())
      csv += csvLine([member.user.email, "", i % 3 ? "" : "USER_ADMIN", pick(i + 1, 3).join("|"), ""]);
    for (let i = 0; i < ERRORS; i++)
      csv += csvLine([i % 2 ? `broken${i}-at-nowhere` : `ok${i}@newcomers.test`, "", "", "No such workspace", ""]);
    const source = new TextEncoder().encode(csv);
    console.log(`file: ${(source.byteLength / MB).toFixed(2)} MB, ${ADDS + members.length + ERRORS} rows`);

    const row = await db.userImport.create({
      data: { organizationId: organization.id, createdById: admin.userId, fileName: "bench.csv", source, locale: "en" },
      select: { id: true },
    });
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

    let started = performance.now();
    const previewed = await runImportPreview(row.id, db);
    const previewSeconds = (performance.now() - started) / 1000;
    const summary = await db.userImport.findUniqueOrThrow({ where: { id: row.id } });
    console.log(
      `preview ${previewed}: ${previewSeconds.toFixed(2)} s (budget 3 s) — add ${summary.addCount}, update ${summary.updateCount}, no change ${summary.unchangedCount}, error ${summary.errorCount}`,
    );

    await db.userImport.update({ where: { id: row.id }, data: { status: "APPLYING", progress: 0, applyStartedAt: new Date() } });
    const outboxBefore = await db.emailOutbox.count();
    started = performance.now();
    const applied = await runImportApply(row.id, { userId: admin.userId }, db);
    const applySeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const after = await db.userImport.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, errorKey: true } });
    const [pending, invitations, audits, emails] = await Promise.all([
      db.membership.count({ where: { organizationId: organization.id, status: "PENDING" } }),
      db.invitation.count({ where: { organizationId: organization.id, kind: "USER" } }),
      db.auditEvent.count({ where: { organizationId: organization.id, metadata: { path: ["importId"], equals: row.id } } }),
      db.emailOutbox.count(),
    ]);
    console.log(
      `apply ${applied} (${after.status}${after.errorKey ? `, ${after.errorKey}` : ""}): ${applySeconds.toFixed(2)} s (budget 10 s)`,
    );
    console.log(
      `written: ${pending} pending members, ${invitations} invitations, ${emails - outboxBefore} outbox emails, ${audits} audit events with the import id`,
    );
    console.log(
      `memory: RSS ${(before / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB during (+${((peak - before) / MB).toFixed(0)} MB)`,
    );
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
