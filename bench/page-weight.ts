// Page weight of every list page, as a browser receives it (tests/support/page-weight.ts):
// the document's bytes as transferred with `Accept-Encoding: gzip, br`, and decoded (raw)
// beside them, at 25 and 100 rows, in English and in French, and what each row beyond 25
// adds. The budget (tests/e2e/page-weight.spec.ts): ≤ 12 KB at 25 rows and ≤ 0.2 KB per
// extra row, transferred.
//   npm run bench:weight            (builds into .next-bench, when the sources changed)
// Everything it needs is its own: a temporary PostgreSQL cluster with the demo and two
// organizations the demo admin administers, `weight-25` and `weight-100`, with 25 and 100
// rows in every list, and the production server on it; a developer's `.data` database and
// running app are never touched. All of it is removed at the end, on Ctrl-C or on a crash.
import pg from "pg";
import { seedDemo } from "../lib/seed/demo";
import { createWeightOrganization } from "../tests/support/weight-organization";
import {
  allowedBytes,
  describeFigures,
  LIST_PAGES,
  PAGE_BUDGET,
  weighListPage,
  type WeightOrganizations,
} from "../tests/support/page-weight";
import { ensureProductionBuild, sessionCookie, startBenchDatabase, startServer, type BenchServer } from "./support";
import { benchArgs } from "./support/cli";
import { finish } from "./support/cleanup";

export const WEIGHT_USAGE = `usage: npm run bench:weight
  Weighs every list page at 25 and 100 rows, in English and in French, on a temporary
  PostgreSQL cluster and production server of its own (built into .next-bench when the
  sources changed). No options.
  -h, --help   this help`;

benchArgs({}, WEIGHT_USAGE, "npm run bench:weight");

async function main() {
  const database = await startBenchDatabase();
  let server: BenchServer | null = null;
  const client = new pg.Client({ connectionString: database.url });
  try {
    const demo = await seedDemo(database.db);
    await client.connect();
    const admin = await database.db.user.findUniqueOrThrow({ where: { email: demo.adminEmail }, select: { id: true } });
    const orgs: WeightOrganizations = {
      small: await createWeightOrganization(client, { slug: "weight-25", name: "Weight Testing 25 Ltd", rows: 25, adminUserId: admin.id }),
      large: await createWeightOrganization(client, {
        slug: "weight-100",
        name: "Weight Testing 100 Ltd",
        rows: 100,
        adminUserId: admin.id,
      }),
    };
    await ensureProductionBuild(console.log);
    server = await startServer(database.url);
    const cookie = await sessionCookie(database.db, demo.adminEmail);
    const lines: string[] = [];
    const table: string[] = [
      "| page | locale | rows | raw B | transferred B | rows | raw B | transferred B |",
      "|---|---|---|---|---|---|---|---|",
    ];
    for (const locale of ["en", "fr"] as const) {
      await database.db.user.update({ where: { id: admin.id }, data: { locale } });
      for (const page of LIST_PAGES) {
        const figures = await weighListPage(server.baseUrl, page, orgs, { cookie }, locale);
        const over =
          figures.at25.transferred > allowedBytes(Math.min(figures.at25.rows, 25)) ||
          (figures.perExtraRow?.transferred ?? 0) > PAGE_BUDGET.bytesPerExtraRow;
        lines.push(`${describeFigures(figures, locale)}${over ? "   OVER BUDGET" : ""}`);
        const at100 = figures.at100 ? [figures.at100.rows, figures.at100.raw, figures.at100.transferred] : ["", "", ""];
        table.push(
          `| ${page.name} | ${locale} | ${[figures.at25.rows, figures.at25.raw, figures.at25.transferred, ...at100].join(" | ")} |`,
        );
      }
    }
    console.log(
      `list pages, transferred (raw); budget ${PAGE_BUDGET.bytesAt25Rows / 1024} KB at 25 rows, ${PAGE_BUDGET.bytesPerExtraRow} B per extra row\n${lines.join("\n")}\n\n${table.join("\n")}`,
    );
  } finally {
    await client.end().catch(() => {});
    await server?.stop();
    await database.stop();
  }
}

finish(main());
