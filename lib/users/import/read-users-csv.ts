// Reads a users file as a spreadsheet saved it (csv-parse, never split by hand): UTF-8 with
// or without a BOM, `,` or `;` (French spreadsheets save with `;`), quoted fields holding
// commas or line breaks, CRLF or LF. The header names the columns, in English or French, in
// any order. The limits refuse a file before anything more of it is read.
import { parse } from "csv-parse/sync";
import { ImportFileError } from "./import-errors";
import { COLUMN_NAMES, IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportColumn } from "./import-limits";

/** One line of the file under the column names (missing cells are ""); `line` is its record number, the header being 1. */
export type ImportedLine = { line: number } & Record<ImportColumn, string>;

const normalizeHeader = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/** `;` when the header has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas++;
    else if (!quoted && char === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export function readUsersCsv(bytes: Uint8Array): ImportedLine[] {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError("users.import.errors.tooLarge", { max: MAX_IMPORT_BYTES / 1_000_000 });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError("users.import.errors.notUtf8");
  }
  if (!text.trim()) throw new ImportFileError("users.import.errors.empty");
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // The header, the rows allowed and one more to know the file is over the limit: nothing past it is parsed.
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError("users.import.errors.malformed", { line: typeof line === "number" ? line : 0 });
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) throw new ImportFileError("users.import.errors.tooManyRows", { max: MAX_IMPORT_ROWS });
  const header = (records[0] ?? []).map(normalizeHeader);
  const at = {} as Record<ImportColumn, number>;
  for (const column of IMPORT_COLUMNS) at[column] = header.findIndex((name) => COLUMN_NAMES[column].includes(name));
  if (at.email < 0) throw new ImportFileError("users.import.errors.noEmailColumn");
  const lines = records.slice(1).map((record, index) => {
    const line = { line: index + 2 } as ImportedLine;
    for (const column of IMPORT_COLUMNS) line[column] = at[column] >= 0 ? (record[at[column]] ?? "") : "";
    return line;
  });
  if (lines.length === 0) throw new ImportFileError("users.import.errors.noRows");
  return lines;
}
