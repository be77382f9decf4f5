// The ZIP of an export: for each entity a CSV and a JSON file, written from keyset pages as the
// ZIP is read (yazl streams one entry at a time), so memory holds one page, whatever the
// organization's size; each page read once (the JSON waits in a temporary file while the CSV
// goes in); and a README describing every file and column.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { ZipFile } from "yazl";
import type { Db } from "@/lib/db/prisma";
import { csvLine } from "@/lib/csv";
import { EXPORT_ENTITIES, entityPageSql, type ExportEntity } from "./entities";

export const EXPORT_PAGE_SIZE = 1000;

type Row = Record<string, unknown>;

async function* entityPages(db: Db, entity: ExportEntity, organizationId: string, size: number): AsyncGenerator<Row[]> {
  let cursor: unknown[] | null = null;
  for (;;) {
    const rows: Row[] = await db.$queryRaw<Row[]>(entityPageSql(entity, organizationId, cursor, size));
    if (!rows.length) return;
    const last: Row = rows[rows.length - 1];
    cursor = entity.key.map((_, i) => last[`_key${i}`]);
    for (const row of rows) for (let i = 0; i < entity.key.length; i++) delete row[`_key${i}`];
    yield rows;
    if (rows.length < size) return;
  }
}

function cellText(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((each) => (typeof each === "object" ? JSON.stringify(each) : String(each))).join(";");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "bigint") return value.toString();
  return value as string | number;
}

const jsonValue = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

/**
 * The entity's CSV, page by page, while the same pages are written as JSON to `jsonPath`
 * (a temporary file, added to the ZIP next): each row is read from the database once.
 */
async function* csvWithJson(pages: AsyncGenerator<Row[]>, entity: ExportEntity, jsonPath: string): AsyncGenerator<string> {
  const json = createWriteStream(jsonPath, { mode: 0o600 });
  const write = async (text: string) => {
    if (!json.write(text)) await once(json, "drain");
  };
  try {
    yield csvLine(entity.columns.map((column) => column.name));
    await write("[");
    let first = true;
    for await (const rows of pages) {
      await write(rows.map((row) => `${first ? ((first = false), "\n") : ",\n"}${JSON.stringify(row, jsonValue)}`).join(""));
      yield rows.map((row) => csvLine(entity.columns.map((column) => cellText(row[column.name])))).join("");
    }
    await write("\n]\n");
  } finally {
    json.end();
    await finished(json);
  }
}

export function exportReadme(organization: { name: string; slug: string }, at: Date): string {
  const lines = [
    `# Data export of ${organization.name} (${organization.slug})`,
    "",
    `Written ${at.toISOString()} (UTC). Each entity is in two files with the same rows: <name>.csv (UTF-8, comma-separated,`,
    "RFC 4180 quoting, a header line; lists separated by ';', JSON values as JSON text) and <name>.json (an array of objects).",
    "Times are UTC, ISO 8601. Ids link the files (e.g. orders.licenseeContactId = contacts.id).",
    "Not included, by design: sign-in and invitation links or their hashes, sessions, email bodies, domain verification tokens.",
    "",
  ];
  for (const entity of EXPORT_ENTITIES) {
    lines.push(`## ${entity.file}.csv, ${entity.file}.json`, "", entity.description, "");
    for (const column of entity.columns) lines.push(`- ${column.name}: ${column.description}`);
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * The ZIP as a stream. `onEntity(done, total)` is called after each entity's last file is
 * read (for a progress bar).
 */
export function zipExport(
  db: Db,
  organization: { id: string; name: string; slug: string },
  onEntity: (done: number, total: number) => Promise<void>,
  size = EXPORT_PAGE_SIZE,
): Readable {
  const zip = new ZipFile();
  // Each entity's JSON waits here while its CSV goes into the ZIP (entries are written one after another).
  const scratch = mkdtempSync(join(tmpdir(), "roster-export-"));
  const at = new Date();
  const total = EXPORT_ENTITIES.length;
  zip.addBuffer(Buffer.from(exportReadme(organization, at), "utf8"), "README.md", { mtime: at });
  EXPORT_ENTITIES.forEach((entity, index) => {
    const jsonPath = join(scratch, `${entity.file}.json`);
    zip.addReadStreamLazy(`${entity.file}.csv`, { mtime: at }, (callback) =>
      callback(null, Readable.from(csvWithJson(entityPages(db, entity, organization.id, size), entity, jsonPath), { objectMode: false })),
    );
    zip.addReadStreamLazy(`${entity.file}.json`, { mtime: at }, (callback) => {
      const json = createReadStream(jsonPath);
      json.on("end", () => {
        rmSync(jsonPath, { force: true });
        onEntity(index + 1, total).catch((error) => console.error("[data-export] progress not recorded:", error));
      });
      callback(null, json);
    });
  });
  zip.end();
  const output = zip.outputStream as Readable;
  // A failed page (an entry's stream errors) fails the whole file rather than leaving it unfinished.
  zip.on("error", (error: Error) => output.destroy(error));
  output.on("close", () => rmSync(scratch, { recursive: true, force: true }));
  output.on("end", () => rmSync(scratch, { recursive: true, force: true }));
  return output;
}
